import { api, getViewerContext } from './api';
import { firstContext, firstOverview } from './pendingRead';

// Imported first by main.tsx: the one getOverview round trip overlaps evaluating the UI code.
firstOverview.hold(api.getOverview());
firstContext.hold(getViewerContext());
