/*
 * The local host's stand-in for the Forge Custom UI bridge. @forge/bridge looks for
 * `globalThis.__bridge.callBridge(op, payload)` as soon as it is imported, so this classic script
 * runs before the page's module script. The acting user, language, zone and theme come from this
 * frame's own query string (`?as=`, `?locale=`, `?tz=`, `?theme=`), which the shell page forwards.
 */
/* global window, document, fetch, console, URL, URLSearchParams */
(function () {
  'use strict';

  /* Must match dev/host/themes.ts DATA_THEME: the selectors of /__host/tokens.css. */
  var DATA_THEME =
    'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';
  var NAVIGATE_MESSAGE = 'gitprotect-local-host:navigate';
  /* Must match dev/host/shell.ts FLAG_MESSAGE and FLAG_EVENT_MESSAGE. */
  var FLAG_MESSAGE = 'gitprotect-local-host:flag';
  var FLAG_EVENT_MESSAGE = 'gitprotect-local-host:flag-event';
  var FLAG_TYPES = ['info', 'success', 'warning', 'error'];
  /* Must match dev/host/server.ts MANAGEMENT_HOST: an instance's Management Service host. */
  var MANAGEMENT_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(eu|us|au)\.app\.gitprotect\.io$/;

  /*
   * The Management Service of the instance (https://<instance>.<region>.app.gitprotect.io/...)
   * does not exist on this machine: the host answers for it with the emulator's page. Only the
   * place opened changes here; the resolver's check of the link stays as strict as on Forge.
   */
  function localAddressOf(url) {
    if (url.protocol !== 'https:' || url.port !== '' || !MANAGEMENT_HOST.test(url.hostname)) {
      return url;
    }
    return new URL('/__host/gitprotect/' + url.hostname + url.pathname, window.location.href);
  }

  /* manifest.yml's app.id (the placeholder until `forge register`) and this host's environment. */
  var APP_ID = '00000000-0000-0000-0000-000000000000';
  var ENVIRONMENT_ID = '00000000-0000-0000-0000-00000000c0de';

  var query = new URLSearchParams(window.location.search);
  var user = query.get('as') === 'member' ? 'member' : 'admin';
  var locale = /^[a-z]{2,3}(-[A-Z]{2})?$/.test(query.get('locale') || '')
    ? query.get('locale')
    : 'en-US';
  var timezone = query.get('tz') || Intl.DateTimeFormat().resolvedOptions().timeZone;
  var colorMode = query.get('theme') === 'dark' ? 'dark' : 'light';
  /* Must match dev/host/viewOptions.ts PAGE_MODULES: the manifest's page modules. */
  var modules = {
    'get-started': { type: 'jira:adminPage', key: 'gitprotect-get-started' },
    admin: { type: 'jira:adminPage', key: 'gitprotect-admin-page' },
  };
  var pageModule = Object.prototype.hasOwnProperty.call(modules, query.get('module') || '')
    ? modules[query.get('module')]
    : { type: 'jira:globalPage', key: 'gitprotect-page' };
  var framed = window.parent !== window;
  var reported = new Set();
  var siteContext;
  var tokensLoaded;
  /* The actions' onClick of each flag on screen, by flag id: they run here, in the app. */
  var flagActions = new Map();

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-user': user },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.text().then(function (text) {
        var answer = text ? JSON.parse(text) : undefined;
        if (!response.ok) {
          var reason = answer && answer.error ? answer.error : 'HTTP ' + response.status;
          throw new Error('The local host could not run ' + body.functionKey + ': ' + reason);
        }
        return answer;
      });
    });
  }

  function invoke(payload) {
    if (!payload || typeof payload.functionKey !== 'string') {
      return Promise.reject(new Error('invoke needs a functionKey'));
    }
    return post('/api/invoke', { functionKey: payload.functionKey, payload: payload.payload });
  }

  function getContext() {
    if (!siteContext) {
      siteContext = fetch('/api/context', { headers: { 'x-local-user': user } }).then(
        function (response) {
          if (!response.ok)
            throw new Error('The local host has no context: HTTP ' + response.status);
          return response.json();
        },
      );
    }
    return siteContext.then(function (site) {
      return {
        accountId: site.accountId,
        cloudId: site.cloudId,
        siteUrl: site.siteUrl,
        locale: locale,
        timezone: timezone,
        theme: { colorMode: colorMode },
        extension: { type: pageModule.type },
        moduleKey: pageModule.key,
        localId:
          'ari:cloud:ecosystem::extension/' +
          APP_ID +
          '/' +
          ENVIRONMENT_ID +
          '/static/' +
          pageModule.key,
        environmentId: ENVIRONMENT_ID,
        environmentType: 'DEVELOPMENT',
      };
    });
  }

  function navigate(payload) {
    var target = payload && payload.type === 'same-tab' ? 'same-tab' : 'new-tab';
    if (!payload || typeof payload.url !== 'string') {
      return Promise.reject(new Error('The local host can only open URLs.'));
    }
    var url = new URL(payload.url, window.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return Promise.reject(new Error('Refused to open a non-http(s) URL.'));
    }
    return getContext()
      .then(function (context) {
        return localPageOf(localAddressOf(url), context.siteUrl);
      })
      .then(function (local) {
        return open(local, target);
      });
  }

  /*
   * The app's global page in Jira (`<site>/jira/apps/<appId>/<envId>`, as Jira builds it for a
   * jira:globalPage) is the shell's own page here, for the same viewer, language, zone and theme.
   */
  function localPageOf(url, siteUrl) {
    var globalPage = '/jira/apps/' + APP_ID + '/' + ENVIRONMENT_ID;
    if (url.origin !== new URL(siteUrl).origin || url.pathname.replace(/\/$/, '') !== globalPage) {
      return url;
    }
    var view = new URLSearchParams(query);
    view.delete('module');
    return new URL('/?' + view.toString(), window.location.href);
  }

  function open(url, target) {
    if (framed) {
      // The iframe is sandboxed like Jira's: the surrounding page opens it.
      window.parent.postMessage(
        { type: NAVIGATE_MESSAGE, url: url.href, target: target },
        window.location.origin,
      );
    } else if (target === 'new-tab') {
      window.open(url.href, '_blank', 'noopener');
    } else {
      window.location.assign(url.href);
    }
    return Promise.resolve(true);
  }

  function oneOf(value, allowed) {
    return allowed.indexOf(value) >= 0 ? value : undefined;
  }

  /*
   * As on Jira, the flag shows outside the app's frame: in the shell page's flag area, which
   * this frame asks for it. Only text crosses; the actions' onClick stay here and run when the
   * shell says one was pressed.
   */
  function showFlag(options) {
    if (!options || (typeof options.id !== 'string' && typeof options.id !== 'number')) {
      return Promise.reject(new Error('"id" must be defined in flag options'));
    }
    var id = String(options.id);
    var actions = Array.isArray(options.actions) ? options.actions : [];
    flagActions.set(
      id,
      actions.map(function (action) {
        return action && action.onClick;
      }),
    );
    var flag = {
      id: id,
      title: typeof options.title === 'string' ? options.title : '',
      description: typeof options.description === 'string' ? options.description : '',
      type: oneOf(options.appearance, FLAG_TYPES) || oneOf(options.type, FLAG_TYPES) || 'info',
      bold: oneOf(options.appearance, FLAG_TYPES) !== undefined,
      actions: actions.map(function (action) {
        return action && typeof action.text === 'string' ? action.text : '';
      }),
      isAutoDismiss: options.isAutoDismiss === true,
    };
    if (framed) {
      window.parent.postMessage(
        { type: FLAG_MESSAGE, op: 'show', flag: flag },
        window.location.origin,
      );
    } else {
      console.info('[local host] Flag (open the shell page to see it):', flag.title);
    }
    return Promise.resolve(undefined);
  }

  function closeFlag(payload) {
    var id = payload ? String(payload.id) : '';
    var open = flagActions.delete(id);
    if (framed) {
      window.parent.postMessage(
        { type: FLAG_MESSAGE, op: 'close', id: id },
        window.location.origin,
      );
    }
    return Promise.resolve(open);
  }

  if (framed) {
    window.addEventListener('message', function (event) {
      var message = event.data;
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (!message || message.type !== FLAG_EVENT_MESSAGE) return;
      var id = String(message.id);
      if (message.event === 'closed') {
        flagActions.delete(id);
        return;
      }
      var onClick = (flagActions.get(id) || [])[message.action];
      if (typeof onClick === 'function') onClick();
    });
  }

  function enableTheming() {
    var root = document.documentElement;
    root.setAttribute('data-theme', DATA_THEME);
    root.setAttribute('data-color-mode', colorMode);
    if (!tokensLoaded) {
      tokensLoaded = new Promise(function (resolve) {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/__host/tokens.css';
        link.onload = function () {
          resolve(undefined);
        };
        link.onerror = function () {
          console.warn('[local host] Could not load the design-token themes.');
          resolve(undefined);
        };
        document.head.appendChild(link);
      });
    }
    return tokensLoaded;
  }

  globalThis.__bridge = {
    callBridge: function (op, payload) {
      switch (op) {
        case 'invoke':
          return invoke(payload);
        case 'getContext':
          return getContext();
        case 'navigate':
          return navigate(payload);
        case 'enableTheming':
          return enableTheming();
        case 'showFlag':
          return showFlag(payload);
        case 'closeFlag':
          return closeFlag(payload);
        default:
          if (!reported.has(op)) {
            reported.add(op);
            console.info('[local host] The bridge operation "' + op + '" is not emulated.');
          }
          return Promise.resolve(undefined);
      }
    },
  };
})();
