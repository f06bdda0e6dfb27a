/**
 * Every word the page shows, in English, grouped by the screen that shows it (Get started's own
 * words travel with its chunk: components/onboarding/messages.ts). `{name}` is filled from the
 * call's params, which the types demand from these templates (`Translate`); an object is chosen
 * by `Intl.PluralRules` on the `count` param. pl.ts keeps the same keys in the same order.
 */
export const en = {
  // Shared: the page’s frame, and words every screen uses.
  'app.name': 'GitProtect.io for Jira',
  'app.actions': 'Backup actions',
  'tabs.backup': 'Backup',
  'tabs.settings': 'Settings',
  'loading.overview': 'Loading the backup status',
  'loading.part': 'Loading',
  'part.failed': 'This part of the page could not load. Check your connection and try again.',
  'region.EU': 'Europe',
  'region.US': 'United States',
  'region.AU': 'Australia',
  'time.justNow': 'just now',
  'time.inAMoment': 'in a moment',
  'weekday.MON': 'Monday',
  'weekday.TUE': 'Tuesday',
  'weekday.WED': 'Wednesday',
  'weekday.THU': 'Thursday',
  'weekday.FRI': 'Friday',
  'weekday.SAT': 'Saturday',
  'weekday.SUN': 'Sunday',
  'weekdayShort.MON': 'Mon',
  'weekdayShort.TUE': 'Tue',
  'weekdayShort.WED': 'Wed',
  'weekdayShort.THU': 'Thu',
  'weekdayShort.FRI': 'Fri',
  'weekdayShort.SAT': 'Sat',
  'weekdayShort.SUN': 'Sun',
  'wait.stillWorking': 'Still working… GitProtect can take a few seconds to answer.',

  // Actions: the page’s buttons, More features and the hand-offs to the Management Service.
  'action.edit': 'Edit schedule',
  'action.backupNow': 'Backup now',
  'action.moreFeatures': 'More features',
  'action.retry': 'Retry',
  'action.cancel': 'Cancel',
  'action.save': 'Save',
  'action.close': 'Close',
  'action.continue': 'Continue',
  'alertAction.UPDATE_TOKEN': 'Update token',
  'alertAction.BACKUP_NOW': 'Start a backup',
  'alertAction.OPEN_MANAGEMENT_SERVICE': 'Open the logs in the Management Service',
  'alertAction.RECONNECT': 'Reconnect',
  'alertAction.RETRY': 'Retry',
  'alertAction.OPEN_SPACES': 'Show the spaces',
  'alertAction.OPEN_JOB_DETAILS': 'Show the backup’s details',
  'more.title': 'More features',
  'more.body':
    'Backup plans, storage, restores, logs and notifications live in the GitProtect Management Service. Continue opens it in a new tab and logs you in.',
  'more.failed': 'The Management Service could not be opened',
  'handOff.jobLogs': 'Open this job’s logs in GitProtect',
  'handOff.restore': 'Restore in GitProtect',
  'handOff.restoreSpace': 'Restore in GitProtect: {name}',
  'handOff.logs': 'Logs',
  'handOff.spaceLogs': 'Open this job’s logs in GitProtect: {name}',
  'handOff.reasonLogs': {
    one: 'Open this job’s logs in GitProtect: {count} space that failed for this reason',
    other: 'Open this job’s logs in GitProtect: {count} spaces that failed for this reason',
  },
  'handOff.notifications': 'Set up emails in GitProtect',
  'handOff.failed': 'GitProtect could not be opened. {reason}',

  // Status and verdict: the verdict, its alerts and the status summary.
  'notSet.title': 'GitProtect.io is not set up yet',
  'notSet.body': 'Your Jira administrator has to set it up before your Jira data is backed up.',
  'readOnly.body': 'Backups are managed by your Jira administrators.',
  'summary.heading': 'Backup status',
  'summary.securedProjects': 'Spaces in the plan',
  'summary.securedOf': '{secured} of {total} in Jira',
  'summary.lastRunSaved': 'The last backup saved {saved} of {total}',
  'summary.paused.TOKEN_REPLACED': 'No backup can run until the Jira API token is replaced.',
  'summary.paused.RECONNECTED':
    'The app cannot see or start backups until the site is reconnected. GitProtect may still run scheduled ones.',
  'summary.nextPaused.TOKEN_REPLACED': 'Paused until the token is replaced',
  'summary.nextPaused.RECONNECTED': 'Not known until the site is reconnected',
  'summary.planTime': '{time} in {zone}, the plan’s time',
  'summary.serviceRegion': 'Service region',
  'summary.storageRegion': 'Storage region',
  'summary.status': 'Status',
  'summary.lastBackup': 'Last backup',
  'summary.nextBackup': 'Next backup',
  'summary.schedule': 'Schedule',
  'summary.lastSuccess': 'Last success: {date} ({ago})',
  'summary.noSuccess': 'No backup has succeeded yet',
  'summary.noLastBackup': 'No backup has finished yet',
  'summary.noNextBackup': 'Not scheduled',
  'summary.defaultPlan': '{plan}, the service’s default plan',
  'summary.took': 'took {duration}',
  'summary.projectsFailed': {
    one: '{count} space failed',
    other: '{count} spaces failed',
  },
  'schedule.text': '{days} at {hour} ({zone})',
  'schedule.everyDay': 'Every day',
  'progress.label': 'Backup progress',
  'progress.text': { one: '{done} of {count} space', other: '{done} of {count} spaces' },
  'status.NEVER_RUN': 'Never run',
  'status.RUNNING': 'Running',
  'status.SUCCEEDED': 'Succeeded',
  'status.SUCCEEDED_WITH_WARNINGS': 'Succeeded with warnings',
  'status.FAILED': 'Failed',
  'status.CANCELED': 'Canceled',
  'status.NOT_STARTED': 'Not started',
  'status.PAUSED': 'Paused',
  'alert.LAST_BACKUP_FAILED.title': 'Backups are failing',
  'alert.LAST_BACKUP_FAILED.body': {
    one: 'The last backup saved {saved} of {total} spaces: {count} failed. Find out why in the logs of the GitProtect Management Service before starting another.',
    other:
      'The last backup saved {saved} of {total} spaces: {count} failed. Find out why in the logs of the GitProtect Management Service before starting another.',
  },
  'alert.LAST_BACKUP_FAILED.onlySpace':
    'The last backup could not save the only space. Find out why in the logs of the GitProtect Management Service before starting another.',
  'alert.LAST_BACKUP_FAILED.generic':
    'The last backup did not finish. Find out why in the logs of the GitProtect Management Service before starting another.',
  'alert.LAST_BACKUP_PARTIAL.title': 'Some spaces were not backed up',
  'alert.LAST_BACKUP_PARTIAL.body': {
    one: 'In the last backup, {count} space of {total} failed. The backup’s details say why for each space.',
    other:
      'In the last backup, {count} spaces of {total} failed. The backup’s details say why for each space.',
  },
  'alert.LAST_BACKUP_PARTIAL.generic':
    'In the last backup, some spaces failed. The backup’s details say why for each space.',
  'alert.BACKUP_OVERDUE.title': 'Backups are overdue',
  'alert.BACKUP_OVERDUE.body':
    'No backup has succeeded since {since} ({ago}), longer than the schedule allows. Start one now; if it fails, the logs in the Management Service say why.',
  'alert.BACKUP_OVERDUE.running':
    'No backup has succeeded since {since} ({ago}), and the backup running now started {started}. The logs in the Management Service say why it takes so long.',
  'alert.BACKUP_OVERDUE.generic':
    'No backup has succeeded for longer than the schedule allows. Start one now; if it fails, the logs in the Management Service say why.',
  'alert.SPACES_UNPROTECTED.title': 'Not every space is protected',
  'alert.SPACES_UNPROTECTED.body': {
    one: '{protected} of {count} space is protected: {causes}.',
    other: '{protected} of {count} spaces are protected: {causes}.',
  },
  'alert.SPACES_UNPROTECTED.notVisible': {
    one: '{count} cannot be read by the backup account',
    other: '{count} cannot be read by the backup account',
  },
  'alert.SPACES_UNPROTECTED.notInPlan': {
    one: '{count} is not in the plan',
    other: '{count} are not in the plan',
  },
  'alert.SPACES_UNPROTECTED.notRecentlyBackedUp': {
    one: '{count} has no successful backup within the plan’s period',
    other: '{count} have no successful backup within the plan’s period',
  },
  'alert.SPACES_UNPROTECTED.generic':
    'Some spaces of this site are not backed up. The spaces view says which, and why.',
  'alert.TOKEN_EXPIRING.title': 'The Jira API token expires soon',
  'alert.TOKEN_EXPIRING.body': {
    one: 'The token GitProtect uses expires on {date} (UTC), in {count} day. Backups stop then: update it before.',
    other:
      'The token GitProtect uses expires on {date} (UTC), in {count} days. Backups stop then: update it before.',
  },
  'alert.TOKEN_EXPIRING.today':
    'The token GitProtect uses expires at the end of today, {date} (UTC). Backups stop then: update it now.',
  'alert.TOKEN_EXPIRING.generic':
    'The token GitProtect uses expires soon. Backups stop then: update it before.',
  'alert.TOKEN_EXPIRED.title': 'The Jira API token has expired',
  'alert.TOKEN_EXPIRED.body':
    'The token GitProtect uses stopped working after {date}, so no backup can run. Update the token to resume backups.',
  'alert.TOKEN_EXPIRED.generic':
    'The token GitProtect uses has expired, so no backup can run. Update the token to resume backups.',
  'alert.CREDENTIALS_REJECTED.title': 'Jira rejects the credentials',
  'alert.CREDENTIALS_REJECTED.body':
    'Jira no longer accepts the email and API token GitProtect uses, so no backup can run. Update the token to resume backups.',
  'alert.CREDENTIALS_REJECTED.generic':
    'Jira no longer accepts the email and API token GitProtect uses, so no backup can run. Update the token to resume backups.',
  'alert.CONNECTION_LOST.title': 'The connection to GitProtect was lost',
  'alert.CONNECTION_LOST.body':
    'GitProtect no longer recognises this Jira site (its instance was removed or the app’s session was revoked), so the app cannot see its backups. What you see is the status as of {time}; GitProtect may still be running backups. Reconnect the site to see and manage them again.',
  'alert.CONNECTION_LOST.generic':
    'GitProtect no longer recognises this Jira site, so the app cannot see its backups. What you see is the last status the app read; GitProtect may still be running backups. Reconnect the site to see and manage them again.',
  'alert.STALE_DATA.title': 'Showing saved data',
  'alert.STALE_DATA.body':
    'GitProtect could not be reached, so this is the backup status as of {time}.',
  'alert.STALE_DATA.generic':
    'GitProtect could not be reached, so this is the last backup status the app read.',
  'alert.STALE_DATA.busy':
    'GitProtect is busy right now (too many requests), so this is the backup status as of {time}.',
  'alert.STALE_DATA.busy.retry':
    'GitProtect is busy right now (too many requests), so this is the backup status as of {time}. It can be read again {when}.',
  'alert.STALE_DATA.busy.generic':
    'GitProtect is busy right now (too many requests), so this is the last backup status the app read.',
  'alert.other.title': 'GitProtect needs your attention',
  'verdict.PROTECTED.title': 'Jira is protected',
  'verdict.PROTECTED.body': 'Last backup {last}, next {next}.',
  'verdict.PROTECTED.bodyNoNext': 'Last backup {last}.',
  'verdict.PROTECTED.firstTitle': 'Backups are set up',
  'verdict.PROTECTED.firstBody': 'The first backup runs {next}.',
  'verdict.PROTECTED.firstBodyNoNext': 'No backup has run yet.',
  'verdict.lastSuccess': 'The last successful backup finished {date} ({ago}).',
  'verdict.noSuccess': 'No backup has succeeded yet.',
  'verdict.running': 'A backup is running: {progress} so far.',
  'verdict.others': {
    one: '{count} more thing needs attention',
    other: '{count} more things need attention',
  },
  'verdict.member.CREDENTIALS_REJECTED':
    'The backups made so far are kept, but no new backup can run until the Jira API token GitProtect uses is replaced. Ask a Jira administrator to update it.',
  'verdict.member.TOKEN_EXPIRED':
    'The backups made so far are kept, but no new backup can run until the Jira API token GitProtect uses is replaced. Ask a Jira administrator to update it.',
  'verdict.member.TOKEN_EXPIRING':
    'Backups run as usual until then. Ask a Jira administrator to update the Jira API token GitProtect uses.',
  'verdict.member.CONNECTION_LOST':
    'The backups made so far are kept in GitProtect, which may still be running new ones, but the app cannot see them: what you see is the last status read. Ask a Jira administrator to reconnect the site.',
  'verdict.member.LAST_BACKUP_FAILED':
    'The earlier backups are kept, but the last one did not save your spaces. Ask a Jira administrator to find out why.',
  'verdict.member.LAST_BACKUP_PARTIAL':
    'Most spaces were saved and the earlier backups are kept. Ask a Jira administrator to find out why some failed.',
  'verdict.member.BACKUP_OVERDUE':
    'The earlier backups are kept, but none has succeeded since {since}. Ask a Jira administrator to start one and check the plan.',
  'verdict.member.BACKUP_OVERDUE.generic':
    'The earlier backups are kept, but none has succeeded for longer than the schedule allows. Ask a Jira administrator to start one and check the plan.',
  'verdict.member.BACKUP_OVERDUE.running':
    'The earlier backups are kept, but none has succeeded since {since}, and the one running has not finished. Ask a Jira administrator to find out why.',
  'verdict.member.SPACES_UNPROTECTED.generic':
    'Some spaces of this site are not backed up. Ask a Jira administrator to protect them.',
  'verdict.member.SPACES_UNPROTECTED': {
    one: '{protected} of {count} space is protected. Ask a Jira administrator to protect it.',
    other:
      '{protected} of {count} spaces are protected. Ask a Jira administrator to protect the others.',
  },
  'storage.named': '{name} ({code})',
  'storage.eu-central-1': 'Europe, Frankfurt',
  'storage.eu-west-1': 'Europe, Ireland',
  'storage.us-east-1': 'United States, N. Virginia',
  'storage.us-west-2': 'United States, Oregon',
  'storage.ap-southeast-2': 'Australia, Sydney',

  // Backup now.
  'backupNow.title': 'Start a backup now?',
  'backupNow.bodyPlan':
    'GitProtect backs up the spaces in your plan now, with the settings of your backup plan. It can take a while; you can leave this page.',
  'backupNow.bodyDefault':
    'GitProtect backs up your Jira spaces now, with the default settings, because no backup plan is configured yet. It can take a while; you can leave this page.',
  'backupNow.bodyPausedToken':
    'Jira no longer accepts the API token GitProtect uses, so a backup started now would fail for every space. Update the token in Settings first.',
  'backupNow.bodyPausedConnection':
    'GitProtect no longer recognises this Jira site, so a backup started now would not run. Reconnect the site in Settings first.',
  'backupNow.confirm': 'Start backup',
  'backupNow.confirmAnyway': 'Start anyway (it will fail)',
  'backupNow.started': 'Backup started',
  'backupNow.startedPausedToken':
    'The backup started, but it will fail until the Jira API token is updated',
  'backupNow.startedPausedConnection':
    'The backup was asked for, but it will not run until the site is reconnected',
  'backupNow.alreadyRunningProgress': 'A backup is already running: {progress}',
  'backupNow.failed': 'The backup did not start',
  'backupNow.finished': 'Backup finished: {outcome}',

  // Edit schedule.
  'edit.title': 'Edit backup schedule',
  'edit.intro': 'Backups start at the chosen hour on each chosen day.',
  'edit.days': 'Days',
  'edit.noDays': 'Choose at least one day: a schedule without days would never run.',
  'edit.hour': 'Hour',
  'edit.timeZone': 'Time zone',
  'edit.timeZoneHint': 'The hour is kept in this zone, daylight saving time included.',
  'edit.noTimeZone': 'No time zone matches',
  'edit.preview': 'Next backups',
  'edit.previewYourTime': 'your time: {time}',
  'edit.previewNone': 'Choose at least one day to see the next backups.',
  'edit.previewEmpty': 'No backup falls on these settings.',
  'edit.conflictTitle': 'Someone else changed the schedule',
  'edit.conflictBody': 'While you were editing, the schedule was changed to: {schedule}.',
  'edit.conflictRemoved': 'While you were editing, the schedule was removed.',
  'edit.conflictUseCurrent': 'Edit the current schedule',
  'edit.saveFailed': 'The schedule was not saved',
  'edit.saved': 'Schedule saved',
  'edit.savedNext': 'Schedule saved. Next backup: {time}',
  'invalid.days': 'Choose at least one day.',
  'invalid.hour': 'Choose an hour.',
  'invalid.timezone': 'Choose a time zone from the list.',

  // Jobs: the recent backups table.
  'jobs.heading': 'Recent backups',
  'jobs.start': 'Start',
  'jobs.duration': 'Duration',
  'jobs.outcome': 'Outcome',
  'jobs.succeeded': 'Spaces succeeded',
  'jobs.failed': 'Spaces failed',
  'jobs.trigger': 'Trigger',
  'jobs.bySchedule': 'Schedule',
  'jobs.byAdmin': 'An administrator',
  'jobs.soFar': '{duration} so far',
  'jobs.empty': 'No backups yet. They appear here as soon as one starts.',
  'jobs.emptyAdmin': 'No backups yet. Start the first one now, or wait for the schedule.',
  'jobs.firstBackup': 'Start the first backup',
  'jobs.details': 'Details of the backup started {start}',
  'jobs.older': 'Show older backups',
  'jobs.olderFailed': 'Older backups could not be loaded',
  'jobs.scrollHint': 'More columns: scroll the table sideways.',
  'jobs.shown': 'Backups listed: {count}',

  // Job details.
  'jobDetails.title': 'Backup started {start}',
  'jobDetails.outcome': 'Outcome',
  'jobDetails.started': 'Started',
  'jobDetails.finished': 'Finished',
  'jobDetails.stillRunning': 'Still running',
  'jobDetails.duration': 'Duration',
  'jobDetails.trigger': 'Trigger',
  'jobDetails.spaces': 'Spaces',
  'jobDetails.spacesSummary': '{succeeded} succeeded, {failed} failed, of {total}',
  'jobDetails.spacesHeading': 'Spaces in this backup',
  'jobDetails.failedOnly': 'Failed only',
  'jobDetails.loading': 'Loading the spaces of this backup',
  'jobDetails.loadFailed': 'The spaces of this backup could not be loaded',
  'jobDetails.noneFailed': 'No space failed in this backup.',
  'jobDetails.none': 'This backup has not reached any space yet.',
  'jobDetails.more': 'Show more spaces',
  'jobDetails.count': '{shown} of {total} shown',
  'jobDetails.spaceName': '{name} ({key})',
  'jobDetails.noReason': 'GitProtect gave no reason.',
  'jobDetails.reasonCount': { one: '{count} space', other: '{count} spaces' },
  'jobDetails.reasonSpaces': { one: 'Show the space', other: 'Show the {count} spaces' },
  'spaceOutcome.SUCCEEDED': 'Succeeded',
  'spaceOutcome.FAILED': 'Failed',
  'spaceOutcome.PENDING': 'Waiting',

  // Spaces: every space of the site, protected or why not.
  'coverage.open': 'See each space',
  'coverage.title': 'Spaces and their backups',
  'coverage.counts':
    'Spaces in Jira: {site}. Seen by the backup account: {visible}. In the backup plan: {planned}.',
  'coverage.hidden.title': {
    one: '{count} space is not backed up',
    other: '{count} spaces are not backed up',
  },
  'coverage.hidden.body':
    'The backup account {email} cannot see them, so GitProtect leaves them out without an error. Grant it the Browse projects permission on those spaces.',
  'coverage.hidden.bodyNoEmail':
    'The Jira account whose API token GitProtect uses cannot see them, so GitProtect leaves them out without an error. Grant it the Browse projects permission on those spaces.',
  'coverage.notInPlan.title': {
    one: '{count} space is not in the backup plan',
    other: '{count} spaces are not in the backup plan',
  },
  'coverage.notInPlan.body': 'Add them to the plan in GitProtect to back them up.',
  'coverage.allInPlan': {
    one: 'The only space is in the backup plan.',
    other: 'All {count} spaces are in the backup plan.',
  },
  'coverage.status.PROTECTED': 'Protected',
  'coverage.status.LAST_BACKUP_FAILED': 'Last backup failed',
  'coverage.status.NEVER_BACKED_UP': 'Not backed up yet',
  'coverage.status.BACKUP_OUTDATED': 'Backup too old',
  'coverage.status.NOT_IN_PLAN': 'Not in the plan',
  'coverage.status.NOT_VISIBLE_TO_BACKUP_ACCOUNT': 'Not backed up',
  'coverage.why.NOT_VISIBLE_TO_BACKUP_ACCOUNT': 'The backup account cannot see this space.',
  'coverage.why.NOT_IN_PLAN': 'The backup plan leaves this space out.',
  'coverage.why.NEVER_BACKED_UP': 'No backup of this space has succeeded yet.',
  'coverage.why.BACKUP_OUTDATED': 'Its last successful backup is older than the plan allows.',
  'coverage.definition':
    'A space is protected when it is in the backup plan, the backup account can read it, and a backup of it succeeded within the plan’s period: the longest gap between two planned backups, plus 6 hours.',
  'coverage.reason': 'GitProtect says: {reason}',
  'coverage.fix.GRANT_BROWSE_PROJECTS':
    'Grant {email} the Browse projects permission on this space.',
  'coverage.fix.GRANT_BROWSE_PROJECTSNoEmail':
    'Grant the backup account the Browse projects permission on this space.',
  'coverage.fix.ADD_TO_PLAN': 'Add it to the backup plan in GitProtect.',
  'coverage.fix.START_BACKUP': 'The next backup saves it; Backup now saves it sooner.',
  'coverage.fix.SEE_JOB_LOGS': 'The backup’s logs in GitProtect say what went wrong.',
  'coverage.last.SUCCEEDED': 'Backed up {when}',
  'coverage.last.FAILED': 'Failed {when}',
  'coverage.last.none': 'No backup yet',
  'coverage.go.RESTORE_PROJECT': 'Restore in GitProtect',
  'coverage.go.JOB_LOGS': 'Open the logs',
  'coverage.go.HOME': 'Open GitProtect',
  'coverage.goLabel': '{action}: {name} ({key})',
  'coverage.goFailed': 'GitProtect could not be opened',
  'coverage.loading': 'Loading the spaces',
  'coverage.loadFailed': 'The spaces could not be loaded',
  'coverage.moreFailed': 'More spaces could not be loaded',
  'coverage.showMore': 'Show more',
  'coverage.shown': {
    one: 'Loaded {shown} of {count} space',
    other: 'Loaded {shown} of {count} spaces',
  },
  'coverage.onlyProblems': 'Only spaces that are not protected',
  'coverage.search': 'Search spaces',
  'coverage.searchHint': 'Key or name',
  'coverage.searching': 'Searching',
  'coverage.searchFailed': 'The spaces could not be searched',
  'coverage.matching': {
    one: '1 space matches “{query}”',
    other: 'Loaded {shown} of {count} spaces that match “{query}”',
  },
  'coverage.noMatch': 'No spaces match “{query}”.',
  'coverage.lookedAt': {
    one: 'Looked at {looked} of {total} spaces: 1 is not protected.',
    other: 'Looked at {looked} of {total} spaces: {count} are not protected.',
  },
  'coverage.lookedAtMatching': {
    one: 'Looked at {looked} of {total} spaces that match “{query}”: 1 is not protected.',
    other: 'Looked at {looked} of {total} spaces that match “{query}”: {count} are not protected.',
  },
  'coverage.onlySpaceNotProtected': 'The only space is not protected.',
  'coverage.onlySpaceProtected': 'The only space is protected: it needs no attention.',
  'coverage.onlyMatchNotProtected': 'The only space that matches “{query}” is not protected.',
  'coverage.onlyMatchProtected':
    'The only space that matches “{query}” is protected: it needs no attention.',
  'coverage.lookFurther': 'Look further',
  'coverage.noProblems': 'None of them needs attention: every one is protected.',
  'coverage.noProblemsYet': 'Every space looked at so far is protected. Look further for the rest.',
  'coverage.empty': 'This Jira site has no spaces yet.',
  'coverage.list': 'Spaces',

  // Settings: the credentials, e-mails and disconnecting.
  'settings.heading': 'Jira credentials',
  'settings.intro': 'GitProtect reads your Jira data with this account and API token.',
  'settings.email': 'Account email',
  'settings.token': 'API token',
  'settings.tokenMasked': '•••• {lastFour}',
  'settings.tokenNotSet': 'Not set',
  'settings.updated': 'Updated',
  'settings.expires': 'Expires',
  'settings.noExpiry': 'No expiry date given',
  'settings.replaceHeading': 'Replace the API token',
  'settings.submit': 'Save token',
  'settings.saved': 'Token updated. GitProtect uses it from now on.',
  'settings.failed': 'The token was not saved',
  'settings.disconnectHeading': 'Connection to GitProtect',
  'settings.disconnectIntro':
    'Disconnect when GitProtect no longer recognises this site, or to connect it again from scratch.',
  'settings.disconnect': 'Disconnect',
  'disconnect.title': 'Disconnect from GitProtect?',
  'disconnect.body':
    'The app forgets its connection to GitProtect: its session, the saved token details and the last status. Your backups in GitProtect are kept, and the app’s activity log stays. You can connect the site again straight after.',
  'disconnect.failed': 'The app could not disconnect',
  'settings.notifyHeading': 'Email when a backup fails',
  'settings.notifyIntro':
    'GitProtect can send you an email when a backup fails. You set it up in GitProtect.',

  // Setup, and the credential fields Settings shares with it.
  'field.region': 'Region',
  'field.regionPlaceholder': 'Choose a region',
  'field.regionHint':
    'Where GitProtect runs for this site and keeps its backups. Choose the region your company’s data must stay in: changing it later means connecting again.',
  'field.email': 'Jira account email',
  'field.token': 'API token',
  'field.tokenHint': 'Create one in your Atlassian account settings. It is never shown again.',
  'field.createToken': 'Create an API token',
  'field.expiresOn': 'Token expiry date (optional)',
  'field.expiresOnHint':
    'New Atlassian API tokens expire within a year. With the date, GitProtect warns you in time.',
  'field.required': 'Fill in this field.',
  'invalid.email': 'Enter a valid email address.',
  'invalid.token': 'Enter the API token exactly as Atlassian showed it, without spaces.',
  'invalid.expiresOn': 'Enter a date between today and one year from now.',
  'invalid.region': 'Choose a region.',
  'setup.title': 'Set up GitProtect.io',
  'setup.intro':
    'Connect this Jira site to GitProtect. GitProtect backs up your Jira spaces with the API token of a Jira administrator account.',
  'setup.submit': 'Connect',
  'setup.failed': 'GitProtect.io could not be connected',
  'setup.connected': 'GitProtect.io is connected',
  'field.requiredNote': 'Fields marked with * are required.',
  'problem.email.tooLong': 'This email address is too long.',
  'problem.email.spaces': 'Remove the spaces from the email address.',
  'problem.token.tooLong': 'This is longer than an API token. Paste only the token.',
  'problem.expiresOn.notADate': 'Enter a date such as {example}, or pick one.',
  'problem.expiresOn.noSuchDay': 'This date does not exist.',
  'problem.expiresOn.past': 'This date has passed, so the token has expired. Create a new token.',
  'problem.expiresOn.tooFar': 'Atlassian API tokens expire within a year. Check the date.',
  'rejected.FORMAT':
    'This is not an Atlassian API token. Copy the whole token: new tokens start with ATATT.',
  'rejected.WRONG_EMAIL':
    'Jira does not accept this token with this email. Enter the email of the account that created the token.',
  'rejected.EXPIRED': 'This API token has expired. Create a new one and paste it here.',
  'rejected.NO_ACCESS':
    'This account cannot read this site’s Jira data. Use the token of a Jira administrator account.',
  'date.clear': 'Clear the date',
  'date.openCalendar': 'Open calendar',
  'date.nextMonth': 'Next month',
  'date.previousMonth': 'Previous month',

  // Errors: what a failed call says.
  'loadError.title': 'The backup status could not be loaded',
  'error.INVALID_INPUT': 'Some of the details are not valid: {message}',
  'error.FORBIDDEN': 'Only Jira administrators can do this.',
  'error.NOT_CONNECTED': 'GitProtect.io is not connected to this Jira site yet.',
  'error.CONFLICT': 'Someone else changed this at the same time. Reload the page and try again.',
  'error.TOKEN_REJECTED':
    'Jira rejected this token. Check that it belongs to this email and has not expired.',
  'error.UPSTREAM_UNAVAILABLE':
    'The GitProtect service cannot be reached right now. Try again in a few minutes.',
  'error.UPSTREAM_RATE_LIMITED': 'GitProtect is busy right now. Try again {when}.',
  'error.UPSTREAM_RATE_LIMITED.later': 'GitProtect is busy right now. Try again later.',
  'error.INTERNAL':
    'Something went wrong in the app. Try again; if it keeps happening, contact GitProtect support.',
  'error.PAGE_REPEATED':
    'GitProtect sent again what is already shown, so the list ends here. Close and open it to read it again.',
  'error.UNREACHABLE': 'The app could not be reached. Check your connection and try again.',
  'error.CONNECTION_LOST':
    'GitProtect no longer recognises this Jira site’s connection (the instance was removed or the app’s session was revoked). Disconnect in Settings and connect the site again.',
  'error.REGISTERED_IN_OTHER_REGION':
    'This Jira site is already connected to GitProtect in another region. Choose the region it was first connected in.',
} as const;

export type MessageKey = keyof typeof en;
