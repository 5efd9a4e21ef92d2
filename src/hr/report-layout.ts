import { useMediaQuery } from '../ui/use-media-query';

/**
 * From this width (the page's full column) the report's tables fit; below it (phones, tablets, a
 * zoomed page) the same figures are cards and lists, so nothing scrolls sideways.
 */
const TABLES_FIT = '(min-width: 60rem)';

export const useReportTables = (): boolean => useMediaQuery(TABLES_FIT);
