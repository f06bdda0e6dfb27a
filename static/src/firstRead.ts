import { api, enableTheme, getViewerContext } from './api';
import { browserTimeZone } from './wording/format';
import { firstContext, firstOverview } from './pendingRead';

// index.html runs this small entry before main.tsx, while the browser is still compiling React
// and Atlaskit: the getOverview round trip is under way by the time the UI code runs.
firstOverview.hold(api.getOverview());
firstContext.hold(getViewerContext());

// Jira's theme stylesheet then applies to a still-empty page, instead of restyling the whole
// rendered page when it arrives.
enableTheme();

// A page's first Intl date format loads the browser's locale and zone data: 20 to 40 ms of main
// thread on a busy machine. Here it fills a wait (the requests are out, the UI code is still
// arriving) instead of delaying the first render, whose dates need it. Never later than there.
browserTimeZone();
