import { render } from 'preact';
function App() { return <p>hello</p>; }
render(<App />, document.getElementById('app')!);
