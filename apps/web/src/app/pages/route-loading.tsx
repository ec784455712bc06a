import { Spinner } from '../../components/spinner.tsx';

/**
 * Shown inside the layout while the first page's code arrives (the routes load lazily, see
 * routes/*.tsx): header, navigation and footer are already there, the announced "Đang tải…" holds
 * the page's place so the footer does not jump up and back down.
 */
export function RouteLoading() {
  return (
    <div className="page container" style={{ minHeight: '60vh' }}>
      <Spinner />
    </div>
  );
}
