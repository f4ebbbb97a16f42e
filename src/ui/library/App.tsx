// The offline library (library.html): saved articles newest first (or largest first, to clean
// up), search over titles and full texts, open in the reader, export, delete with undo, backups,
// the storage meter. The page reads IndexedDB itself (the extension's pages share its origin);
// downloads of missing images go through the background, which holds the host permissions.
//
// Stable hooks for browser tests: #qy-root[data-state] "loading" | "list" | "empty" |
// "no-results" | "error"; #qy-lib-search; ul#qy-lib-list > li.qy-lib-row[data-id] with
// a[data-row-link] (the title), #qy-export-<id> + #qy-export-html-<id> / #qy-export-md-<id>,
// #qy-delete-<id>, #qy-retry-<id>; #qy-lib-count; #qy-lib-undo; #qy-lib-import (+ #qy-lib-import-file),
// #qy-lib-export; #qy-lib-notice[data-tone]; #qy-lib-meter; #qy-lib-prev / #qy-lib-next;
// #qy-lib-sort-newest / #qy-lib-sort-largest. performance.mark('qy-library-rows') when the first
// rows have painted (bench/library-chromium.ts).

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportBackupResult } from '../../storage/backup';
import type { Library } from '../../storage/library';
import { foldForSearch } from '../../storage/library';
import { searchTerms } from '../../storage/library/search';
import type { Options } from '../../storage/options-schema';
import { RadioGroup } from '../components/RadioGroup';
import type { Connector } from '../connect/types';
import { useOptions } from '../hooks/useOptions';
import { t, uiLocale } from '../i18n';
import { ArticleList, rowLinks } from './ArticleList';
import { ArticleRow } from './ArticleRow';
import { EmptyLibrary } from './EmptyLibrary';
import { importErrorText, libraryErrorText } from './errors';
import type { ArticleExportFormat } from './export-article';
import { formatSize } from './format';
import { LibraryTopBar } from './LibraryTopBar';
import { NoResults } from './NoResults';
import { Notice } from './Notice';
import type { NoticeState } from './Notice';
import { Pagination } from './Pagination';
import { clampPage, pageCount, writeViewState } from './paging';
import type { SortOrder, ViewState } from './paging';
import { SearchBox } from './SearchBox';
import { StorageMeter } from './StorageMeter';
import { UndoToast } from './UndoToast';
import { useBackup } from './useBackup';
import { useDebounced } from './useDebounced';
import { useLibraryKeys } from './useLibraryKeys';
import { useLibraryList } from './useLibraryList';
import { markOnce } from './perf';
import type { PrefetchedPage } from './useLibraryList';
import { useStorageEstimate } from './useStorageEstimate';
import { useSaveJobs } from './useSaveJobs';
import { useUndoDelete } from './useUndoDelete';

/** Rows that fill the window (a row is at least 56 px tall), with a few to spare. */
const rowsInWindow = () => Math.max(12, Math.ceil((globalThis.innerHeight || 900) / 56) + 2);

/** Pause after the last keystroke before the list filters. */
export const SEARCH_DEBOUNCE_MS = 180;

export interface LibraryAppProps {
  connector: Connector;
  library: Library;
  initialOptions: Options;
  initialView: ViewState;
  /** The first page, already being read (see main.tsx). */
  firstPage?: PrefetchedPage;
}

/** What an import did, in one sentence. */
export function importedText({ imported, skipped, images }: ImportBackupResult): string {
  if (imported === 0) return skipped > 0 ? t('libraryImportedNothingNew', String(skipped)) : t('libraryImportedEmpty');
  return skipped > 0 ? t('libraryImported', [String(imported), String(images), String(skipped)]) : t('libraryImportedAll', [String(imported), String(images)]);
}

type Focus = { kind: 'index'; index: number } | { kind: 'id'; id: string } | null;

export function LibraryApp({ connector, library, initialOptions, initialView, firstPage }: LibraryAppProps) {
  useOptions(connector, initialOptions); // theme and language, live
  const locale = uiLocale();
  const [view, setView] = useState<ViewState>(initialView);
  const [input, setInput] = useState(initialView.query);
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [saveShortcut, setSaveShortcut] = useState('');
  const [dragging, setDragging] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  const pendingFocus = useRef<Focus>(null);
  const painted = useRef(false);
  // The first frame shows the rows that fill the window; the rest of the page follows a frame
  // later, so a library of 1,000 (a full page of 50) opens as fast as one of 10.
  const [firstFrame, setFirstFrame] = useState(true);

  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const list = useLibraryList(library, view, revision, firstPage);
  const estimate = useStorageEstimate(library, revision, list.kind !== 'loading');
  const undo = useUndoDelete(library, changed);
  const backup = useBackup(library, changed);
  // Saves finishing elsewhere refresh the list; retries of missing images run in the background.
  const saveJobs = useSaveJobs(connector, changed);

  // Typing filters once the user pauses; a new search starts on its first page.
  const settled = useDebounced(input, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    setView((old) => (old.query === settled ? old : { ...old, query: settled, page: 1 }));
  }, [settled]);
  const searchNow = () => setView((old) => (old.query === input ? old : { ...old, query: input, page: 1 }));

  // The address keeps the view, so Back from the reader lands on the same search and page.
  useEffect(() => {
    const next = `${location.pathname}${writeViewState(view)}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
  }, [view]);

  // A page past the end (after deleting its last row, or an old address): show the last one.
  useEffect(() => {
    if (list.kind !== 'ready' || list.total === 0) return;
    const page = clampPage(view.page, list.total);
    if (page !== view.page) setView((old) => ({ ...old, page }));
  }, [list, view.page]);

  // Saves made elsewhere (the popup, the context menu) and reading progress from the reader.
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && changed();
    const onShow = (event: PageTransitionEvent) => event.persisted && changed();
    document.addEventListener('visibilitychange', refresh);
    addEventListener('pageshow', onShow);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      removeEventListener('pageshow', onShow);
    };
  }, [changed]);

  useEffect(() => {
    connector.getShortcuts().then(
      (shortcuts) => setSaveShortcut(shortcuts.find((s) => s.name === 'save-page')?.shortcut ?? ''),
      () => undefined,
    );
  }, [connector]);

  useEffect(() => {
    document.title = t('libraryDocumentTitle');
    document.documentElement.lang = locale;
  });

  // First rows on screen: mark it for the paint benchmark (after the frame that shows them), then
  // render the rest of the page.
  useEffect(() => {
    if (painted.current || list.kind === 'loading') return;
    painted.current = true;
    requestAnimationFrame(() => {
      markOnce('qy-library-rows');
      setFirstFrame(false);
    });
  }, [list.kind]);

  // Focus after the list changed under it (delete, undo): the same place, or the restored row.
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want || list.kind !== 'ready' || list.refreshing) return;
    pendingFocus.current = null;
    const links = rowLinks(main.current);
    const link = want.kind === 'id' ? links.find((a) => a.closest<HTMLElement>('.qy-lib-row')?.dataset.id === want.id) : links[Math.min(want.index, links.length - 1)];
    (link ?? searchInput.current)?.focus();
  }, [list]);

  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);

  const showError = useCallback((error: unknown) => {
    const { text, detail } = libraryErrorText(error);
    setNotice({ tone: 'error', text, detail });
  }, []);

  const remove = useCallback(
    async (id: string) => {
      const links = rowLinks(main.current);
      const index = links.findIndex((a) => a.closest<HTMLElement>('.qy-lib-row')?.dataset.id === id);
      if (main.current?.contains(document.activeElement)) pendingFocus.current = { kind: 'index', index: Math.max(0, index) };
      try {
        await undo.remove(id);
      } catch (error) {
        pendingFocus.current = null;
        showError(error);
      }
    },
    [undo, showError],
  );

  const undoDelete = useCallback(() => {
    const offer = undo.offer;
    if (!offer) return false;
    pendingFocus.current = { kind: 'id', id: offer.snapshot.record.id };
    undo.undo().catch((error: unknown) => {
      pendingFocus.current = null;
      showError(error);
    });
    return true;
  }, [undo, showError]);

  useLibraryKeys({ focusSearch, undo: undoDelete });

  const exportOne = useCallback(
    (id: string, format: ArticleExportFormat) => {
      // The exporters (Markdown conversion, zip) load with the first export, not with the page.
      import('./export-article').then(({ exportArticle }) => exportArticle(library, id, format)).then(
        (fileName) => setNotice({ tone: 'ok', text: t('libraryExportedArticle', fileName) }),
        showError,
      );
    },
    [library, showError],
  );

  const libraryTotal = estimate?.articles ?? (list.kind === 'ready' && !list.view.query.trim() ? list.total : null);

  const exportAll = () => {
    backup.exportAll(libraryTotal ?? 0).then(
      (outcome) =>
        setNotice({ tone: 'ok', text: t('libraryBackupExported', [outcome.fileName, String(outcome.articles ?? 0), formatSize(outcome.bytes ?? 0, locale)]) }),
      (error: unknown) => {
        const { text, detail } = libraryErrorText(error);
        setNotice({ tone: 'error', text: t('libraryBackupExportFailed', text), detail });
      },
    );
  };

  const importFile = (file: File) => {
    backup.importFile(file).then(
      ({ result }) => {
        setNotice({ tone: 'ok', text: importedText(result ?? { imported: 0, skipped: 0, images: 0 }) });
      },
      (error: unknown) => {
        const { text, detail } = importErrorText(error);
        setNotice({ tone: 'error', text: t('libraryImportRefused', [file.name, text]), detail });
      },
    );
  };

  const busyNotice: NoticeState | null =
    backup.busy?.kind === 'export'
      ? { tone: 'busy', text: t('libraryBackupExporting', [String(backup.busy.articles), String(backup.busy.total)]) }
      : backup.busy?.kind === 'import'
        ? { tone: 'busy', text: t('libraryImporting', backup.busy.fileName) }
        : null;

  const query = list.kind === 'ready' ? list.view.query.trim() : view.query.trim();
  const terms = useMemo(() => searchTerms(query), [query]);
  const dataState =
    list.kind === 'loading' ? 'loading' : list.kind === 'error' ? 'error' : list.total > 0 ? 'list' : list.view.query.trim() ? 'no-results' : 'empty';
  const setSort = (sort: SortOrder) => setView((old) => (old.sort === sort ? old : { ...old, sort, page: 1 }));
  const setPage = (page: number) => {
    setView((old) => ({ ...old, page }));
    pendingFocus.current = { kind: 'index', index: 0 };
    scrollTo({ top: 0 });
  };
  const now = Date.now();

  return (
    <div
      id="qy-root"
      class={`qy-library${dragging ? ' is-dragging' : ''}`}
      data-state={dataState}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files') || backup.busy) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        const file = event.dataTransfer?.files[0];
        setDragging(false);
        if (!file || backup.busy) return;
        event.preventDefault();
        importFile(file);
      }}
    >
      <LibraryTopBar
        busy={Boolean(backup.busy)}
        canExport={(libraryTotal ?? 0) > 0}
        fileInput={fileInput}
        onExport={exportAll}
        onImportFile={importFile}
        onOpenOptions={() => void connector.openOptionsPage()}
      />
      <main class="qy-lib-main" ref={main} aria-busy={list.kind === 'loading' || undefined}>
        <div class="qy-lib-head">
          <div class="qy-lib-heading">
            <h1 class="qy-lib-h1">{t('libraryTitle')}</h1>
            <p id="qy-lib-total" class="qy-lib-total">
              {Boolean(libraryTotal) && t('libraryArticleCount', new Intl.NumberFormat(locale).format(libraryTotal!))}
            </p>
          </div>
          {dataState !== 'empty' && (
            <StorageMeter estimate={estimate} locale={locale} showingLargest={view.sort === 'largest'} onShowLargest={() => setSort('largest')} />
          )}
        </div>

        {dataState !== 'empty' && (
          <div class="qy-lib-tools">
            <SearchBox
              inputRef={searchInput}
              value={input}
              onInput={setInput}
              onSubmit={searchNow}
              onFocus={() => void library.prepareSearch().catch(() => undefined)}
              onDown={() => rowLinks(main.current)[0]?.focus()}
              resultsId="qy-lib-count"
            />
            <RadioGroup<SortOrder>
              label={t('librarySortLabel')}
              class="qy-lib-sort"
              value={view.sort}
              onChange={setSort}
              choices={[
                { value: 'newest', label: t('librarySortNewest'), id: 'qy-lib-sort-newest' },
                { value: 'largest', label: t('librarySortLargest'), id: 'qy-lib-sort-largest' },
              ]}
            />
          </div>
        )}

        <Notice notice={busyNotice ?? notice} onDismiss={() => setNotice(null)} />

        {/* Always in the page, so screen readers announce the count as a search settles. */}
        <div aria-live="polite">
          {list.kind === 'ready' && list.total > 0 && (query || view.sort === 'largest') && (
            <p id="qy-lib-count" class="qy-lib-count">
              {query ? t('librarySearchCount', [new Intl.NumberFormat(locale).format(list.total), query]) : t('libraryLargestHint')}
            </p>
          )}
        </div>

        {list.kind === 'error' && (
          <div class="qy-lib-error" role="alert">
            <p>{libraryErrorText(list.error).text}</p>
            <button type="button" class="qy-button" onClick={changed}>
              {t('actionRetry')}
            </button>
          </div>
        )}
        {dataState === 'empty' && <EmptyLibrary saveShortcut={saveShortcut} onImport={() => fileInput.current?.click()} />}
        {dataState === 'no-results' && <NoResults query={query} onClear={() => {
              setInput('');
              focusSearch();
            }} />}

        {list.kind === 'ready' && list.items.length > 0 && (
          <ArticleList label={t('libraryListLabel')} busy={list.refreshing} onDeleteKey={(id) => void remove(id)} onLeaveTop={focusSearch}>
            {(firstFrame ? list.items.slice(0, rowsInWindow()) : list.items).map((item) => (
              <ArticleRow
                key={item.id}
                item={item}
                terms={terms}
                fold={foldForSearch}
                locale={locale}
                now={now}
                onDelete={(id) => void remove(id)}
                onExport={exportOne}
                onRetry={saveJobs.retry}
                retry={saveJobs.states[item.id]}
              />
            ))}
          </ArticleList>
        )}
        {list.kind === 'ready' && pageCount(list.total) > 1 && <Pagination page={view.page} total={list.total} locale={locale} onPage={setPage} />}
        {list.kind === 'ready' && list.total > 0 && <p class="qy-lib-keys-hint">{t('libraryKeysHint')}</p>}
      </main>
      <UndoToast offer={undo.offer} onUndo={() => void undoDelete()} onDismiss={undo.dismiss} onHold={undo.hold} onRelease={undo.release} />
    </div>
  );
}
