import { api, getViewerContext } from './api';
import { holdFirstReads } from './pendingRead';

// Imported first by main.tsx: the one getOverview round trip overlaps evaluating the UI code.
holdFirstReads({ overview: api.getOverview(), context: getViewerContext() });
