import { render } from 'preact';
import { pageLibrary } from './page-library';
import { boot, paintCachedAppearance } from '../lib/boot';
import { LibraryApp } from './App';
import { fetchListPage } from './list-query';
import { readViewState } from './paging';
import '../styles/library.css';

paintCachedAppearance();
const library = pageLibrary();
const view = readViewState(location.search);
// Open the database and read the first page while the settings and strings load.
const firstPage = { view, page: fetchListPage(library, view) };
firstPage.page.catch(() => undefined); // the list reports it

void boot().then(({ connector, options }) => {
  render(<LibraryApp connector={connector} library={library} initialOptions={options} initialView={view} firstPage={firstPage} />, document.getElementById('app')!);
});
