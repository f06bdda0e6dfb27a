import { api, enableTheme, getViewerContext } from './api';
import { firstContext, firstOverview } from './pendingRead';

// index.html runs this small entry before main.tsx, while the browser is still compiling React
// and Atlaskit: the getOverview round trip is under way by the time the UI code runs.
firstOverview.hold(api.getOverview());
firstContext.hold(getViewerContext());

// Jira's theme stylesheet then applies to a still-empty page, instead of restyling the whole
// rendered page when it arrives.
enableTheme();
