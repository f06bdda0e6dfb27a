/* global URLSearchParams, location, URL, document, setTimeout, console */
/*
 * A stand-in for the Custom UI bridge that Jira provides, for looking at the page outside Jira.
 * A plain script: it must define globalThis.__bridge before the page's module bundle runs.
 *
 *   ?state=connected|never|running|failed|stale|member|notconnected   (default: connected)
 *   ?locale=pl-PL   ?timezone=America/New_York   ?theme=dark   ?conflict=1   ?slow=1500
 *
 * The answers follow src/contract.ts. It keeps a little state (a started backup progresses on
 * each read, a saved schedule is shown), enough to try every flow by hand.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);
  var scenario = params.get('state') || 'connected';
  var locale = params.get('locale') || 'en-GB';
  var timezone = params.get('timezone') || 'Europe/Warsaw';
  var colorMode = params.get('theme') === 'dark' ? 'dark' : 'light';
  var conflictOnce = params.get('conflict') === '1';
  var latencyMs = Number(params.get('slow') || 250);
  // Theme modules are served next to this script (see serve.ts).
  var scriptBase = new URL('.', document.currentScript.src).href;

  var HOUR = 3600 * 1000;
  var DAY = 24 * HOUR;
  var now = Date.now();
  var iso = function (ms) {
    return new Date(ms).toISOString();
  };
  var ADMIN = { accountId: 'admin-1', isAdmin: true };
  var MEMBER = { accountId: 'member-1', isAdmin: false };
  var WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

  function job(id, daysAgo, outcome, failed, trigger) {
    var started = now - daysAgo * DAY - 3 * HOUR;
    return {
      id: id,
      outcome: outcome,
      startedAt: iso(started),
      finishedAt: iso(started + (11 + daysAgo) * 60 * 1000),
      projectsTotal: 40,
      projectsSucceeded: 40 - failed,
      projectsFailed: failed,
      trigger: trigger || { kind: 'SCHEDULE' },
    };
  }

  var alice = { kind: 'ADMIN', accountId: 'admin-1', displayName: 'Alice Kowalska' };
  var history = [
    job('job-7', 1, 'SUCCEEDED', 0),
    job('job-6', 2, 'SUCCEEDED_WITH_WARNINGS', 2),
    job('job-5', 3, 'SUCCEEDED', 0, alice),
    job('job-4', 5, 'SUCCEEDED', 0),
    job('job-3', 7, 'CANCELED', 0, alice),
    job('job-2', 8, 'FAILED', 40),
    job('job-1', 10, 'SUCCEEDED', 0),
  ];

  /* ---------- schedule maths, good enough for a stand-in: whole-hour steps ---------- */
  function wallClock(ms, zone) {
    var parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return { day: parts.weekday.toUpperCase().slice(0, 3), hour: Number(parts.hour) };
  }
  function nextBackups(schedule, count) {
    var runs = [];
    var t = Math.ceil(Date.now() / HOUR) * HOUR;
    for (var i = 0; i < 24 * 8 * count && runs.length < count; i += 1, t += HOUR) {
      var wall = wallClock(t, schedule.timezone);
      if (wall.hour === schedule.hour && schedule.days.indexOf(wall.day) >= 0) runs.push(iso(t));
    }
    return runs;
  }

  var schedule = { days: ['MON', 'WED', 'FRI'], hour: 2, timezone: 'Europe/Warsaw', version: 'v1' };

  function connected() {
    var last = history[0];
    return {
      connected: true,
      viewer: ADMIN,
      region: 'EU',
      securedProjects: 38,
      siteProjects: 40,
      serviceRegion: 'EU',
      storageRegion: 'EU (Frankfurt), GitProtect Cloud',
      status: last ? last.outcome : 'NEVER_RUN',
      runningJob: null,
      lastBackup: last,
      nextBackupAt: schedule ? nextBackups(schedule, 1)[0] : iso(now + 10 * HOUR),
      schedule: schedule,
      scheduleVersion: schedule ? schedule.version : 'v0',
      recentJobs: history.slice(),
      audit: [],
      token: {
        configured: true,
        email: 'backup-bot@example.com',
        lastFour: '1a2b',
        updatedAt: iso(now - 40 * DAY),
        expiresOn: iso(now + 200 * DAY).slice(0, 10),
      },
      alerts: [],
      stale: false,
      asOf: iso(Date.now()),
    };
  }

  var overview;
  var running = null;

  function startJob(trigger) {
    running = {
      id: 'job-' + Date.now(),
      outcome: 'RUNNING',
      startedAt: iso(Date.now()),
      finishedAt: null,
      projectsTotal: 40,
      projectsSucceeded: 0,
      projectsFailed: 0,
      trigger: trigger,
    };
    return running;
  }

  switch (scenario) {
    case 'never':
      history = [];
      schedule = null;
      overview = connected();
      overview.status = 'NEVER_RUN';
      overview.lastBackup = null;
      break;
    case 'running':
      overview = connected();
      startJob(alice).projectsSucceeded = 12;
      break;
    case 'failed':
      history.unshift(job('job-8', 0, 'FAILED', 31));
      overview = connected();
      overview.token.expiresOn = iso(now + 6 * DAY).slice(0, 10);
      overview.alerts = [
        {
          code: 'LAST_BACKUP_FAILED',
          severity: 'error',
          message: 'The last backup failed: 31 of 40 projects were not backed up.',
          action: 'BACKUP_NOW',
          params: { projectsFailed: 31, projectsTotal: 40 },
        },
        {
          code: 'TOKEN_EXPIRING',
          severity: 'warning',
          message: 'The Jira API token expires soon.',
          action: 'UPDATE_TOKEN',
          params: { expiresOn: overview.token.expiresOn, daysLeft: 6 },
        },
      ];
      break;
    case 'stale':
      overview = connected();
      overview.stale = true;
      overview.asOf = iso(Date.now() - 47 * 60 * 1000);
      break;
    case 'member':
      overview = connected();
      overview.viewer = MEMBER;
      overview.token = { configured: true };
      break;
    case 'notconnected':
      overview = { connected: false, viewer: ADMIN };
      break;
    case 'notconnected-member':
      overview = { connected: false, viewer: MEMBER };
      break;
    default:
      overview = connected();
  }

  function currentOverview() {
    if (!overview.connected) return overview;
    if (running) {
      running.projectsSucceeded = Math.min(40, running.projectsSucceeded + 4);
      if (running.projectsSucceeded + running.projectsFailed >= running.projectsTotal) {
        running.outcome = 'SUCCEEDED';
        running.finishedAt = iso(Date.now());
        history.unshift(running);
        running = null;
      }
    }
    var copy = Object.assign({}, overview, {
      runningJob: running,
      status: running ? 'RUNNING' : overview.status,
      recentJobs: running ? [running].concat(history) : history.slice(),
      lastBackup: history[0] || null,
      asOf: overview.stale ? overview.asOf : iso(Date.now()),
    });
    if (!running && history[0]) copy.status = history[0].outcome;
    if (!history[0] && !running) copy.status = 'NEVER_RUN';
    return copy;
  }

  var ok = function (data) {
    return { ok: true, data: data };
  };
  var fail = function (code, message, extra) {
    return { ok: false, error: Object.assign({ code: code, message: message }, extra || {}) };
  };

  var resolvers = {
    getOverview: function () {
      return ok(currentOverview());
    },
    saveSchedule: function (input) {
      if (conflictOnce) {
        conflictOnce = false;
        schedule = { days: ['SAT'], hour: 23, timezone: 'UTC', version: 'v9' };
        overview.schedule = schedule;
        overview.scheduleVersion = schedule.version;
        return fail('CONFLICT', 'Someone else changed the backup schedule.', { current: schedule });
      }
      if (!input.days || input.days.length === 0) {
        return fail('INVALID_INPUT', 'Choose at least one day.', { field: 'days' });
      }
      schedule = {
        days: WEEKDAYS.filter(function (d) {
          return input.days.indexOf(d) >= 0;
        }),
        hour: input.hour,
        timezone: input.timezone,
        version: 'v' + Date.now(),
      };
      overview.schedule = schedule;
      overview.scheduleVersion = schedule.version;
      var next = nextBackups(schedule, 3);
      overview.nextBackupAt = next[0] || null;
      return ok({ schedule: schedule, nextBackups: next });
    },
    startBackup: function () {
      if (running) return ok({ job: running, started: false });
      return ok({ job: startJob(alice), started: true });
    },
    // A job's details: a few spaces, one of them failed when the job had failures, so the rows
    // and their buttons can be looked at without contradicting the job's own counts.
    getJob: function (input) {
      var found = history.concat(running ? [running] : []).filter(function (j) {
        return j.id === input.jobId;
      })[0];
      if (!found) return fail('NOT_FOUND', 'No such job.');
      var webFailed = found.projectsFailed > 0;
      var spaces = [
        { key: 'OPS', name: 'Operations', outcome: 'SUCCEEDED', failureReason: null },
        {
          key: 'WEB',
          name: 'Website relaunch',
          outcome: webFailed ? 'FAILED' : 'SUCCEEDED',
          failureReason: webFailed ? 'Attachment storage timed out' : null,
        },
        { key: 'HR', name: 'People team', outcome: 'SUCCEEDED', failureReason: null },
        {
          key: 'LEG',
          name: 'Legal',
          outcome: found.projectsFailed > 1 ? 'FAILED' : 'SUCCEEDED',
          failureReason: found.projectsFailed > 1 ? 'Jira answered 503 Service Unavailable' : null,
        },
      ]
        .filter(function (space) {
          return !input.outcome || space.outcome === input.outcome;
        })
        .map(function (space) {
          return Object.assign({ finishedAt: found.finishedAt }, space);
        });
      return ok({
        job: found,
        durationMs: found.finishedAt
          ? Date.parse(found.finishedAt) - Date.parse(found.startedAt)
          : null,
        projects: spaces,
        nextCursor: null,
      });
    },
    // The spaces dialog: one space in each state, so every kind of row can be looked at.
    getCoverage: function () {
      var finished = iso(now - 27 * 3600 * 1000);
      var last = function (outcome, reason) {
        return { jobId: 'job-1', finishedAt: finished, outcome: outcome, failureReason: reason };
      };
      return ok({
        projects: [
          {
            key: 'OPS',
            name: 'Operations',
            status: 'PROTECTED',
            fix: null,
            lastBackup: last('SUCCEEDED', null),
          },
          {
            key: 'WEB',
            name: 'Website relaunch',
            status: 'LAST_BACKUP_FAILED',
            fix: 'SEE_JOB_LOGS',
            lastBackup: last('FAILED', 'Attachment storage timed out'),
          },
          {
            key: 'HR',
            name: 'People team',
            status: 'NOT_IN_PLAN',
            fix: 'ADD_TO_PLAN',
            lastBackup: null,
          },
          {
            key: 'SEC',
            name: 'Security',
            status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT',
            fix: 'GRANT_BROWSE_PROJECTS',
            lastBackup: null,
          },
        ],
        startAt: 0,
        nextStartAt: 4,
        siteProjects: 40,
        visibleToBackupAccount: 39,
        plannedProjects: 38,
        notVisibleToBackupAccount: 1,
        backupAccount: { email: 'backup-bot@example.com' },
      });
    },
    openManagementService: function () {
      return ok({ url: 'https://eu.gitprotect.io/sso?ticket=dev-stand-in' });
    },
    updateJiraToken: function (input) {
      if (input.token === 'bad') {
        return fail('TOKEN_REJECTED', 'Jira rejected this token.', { field: 'token' });
      }
      overview.token = {
        configured: true,
        email: input.email,
        lastFour: input.token.slice(-4),
        updatedAt: iso(Date.now()),
        expiresOn: input.expiresOn || null,
      };
      return ok(overview.token);
    },
    connect: function (input) {
      if (input.token === 'bad') {
        return fail('TOKEN_REJECTED', 'Jira rejected this token.', { field: 'token' });
      }
      history = [];
      schedule = null;
      overview = connected();
      overview.region = overview.serviceRegion = input.region;
      overview.status = 'NEVER_RUN';
      overview.token.email = input.email;
      overview.token.lastFour = input.token.slice(-4);
      overview.token.expiresOn = input.expiresOn || null;
      return ok(currentOverview());
    },
  };

  /* ---------- theming, as the host does it: attributes on <html> plus the token CSS ---------- */
  var THEMES = [
    'atlassian-light',
    'atlassian-dark',
    'atlassian-spacing',
    'atlassian-typography',
    'atlassian-shape',
  ];
  function enableTheming() {
    var root = document.documentElement;
    root.setAttribute('data-color-mode', colorMode);
    root.setAttribute(
      'data-theme',
      'dark:dark light:light spacing:spacing typography:typography shape:shape',
    );
    return Promise.all(
      THEMES.map(function (name) {
        return import(scriptBase + 'tokens/' + name + '.js').then(function (module) {
          var style = document.createElement('style');
          style.setAttribute('data-theme', name);
          style.textContent = module.default;
          document.head.appendChild(style);
        });
      }),
    ).then(function () {
      return undefined;
    });
  }

  function delay(value) {
    return new Promise(function (resolve) {
      setTimeout(function () {
        resolve(value);
      }, latencyMs);
    });
  }

  globalThis.__bridge = {
    callBridge: function (operation, payload) {
      switch (operation) {
        case 'invoke': {
          var resolver = resolvers[payload.functionKey];
          if (!resolver) return Promise.reject(new Error('No resolver ' + payload.functionKey));
          var answer = resolver(payload.payload || {});
          console.info('[dev bridge] invoke', payload.functionKey, payload.payload, answer);
          return delay(JSON.parse(JSON.stringify(answer)));
        }
        case 'getContext':
          return Promise.resolve({
            locale: locale,
            timezone: timezone,
            theme: { colorMode: colorMode },
            moduleKey: 'gitprotect-page',
            extension: { type: 'jira:globalPage' },
            siteUrl: 'https://example.atlassian.net',
          });
        case 'enableTheming':
          return enableTheming();
        case 'navigate':
          console.info('[dev bridge] open', payload.url, payload.type);
          globalThis.__opened = (globalThis.__opened || []).concat(payload.url);
          return Promise.resolve();
        default:
          console.info('[dev bridge] unhandled', operation, payload);
          return Promise.resolve(undefined);
      }
    },
  };
})();
