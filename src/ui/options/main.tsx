import { render } from 'preact';
import { boot, paintCachedAppearance } from '../lib/boot';
import { OptionsApp } from './App';
import '../styles/options.css';

paintCachedAppearance();
void boot().then(({ connector, options }) => {
  render(<OptionsApp connector={connector} initialOptions={options} />, document.getElementById('app')!);
});
