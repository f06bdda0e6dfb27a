import type { Catalogue } from './index';

export const pl: Catalogue = {
  // Shared: the page’s frame, and words every screen uses.
  'app.name': 'GitProtect.io for Jira',
  'app.actions': 'Działania kopii zapasowej',
  'tabs.backup': 'Kopia zapasowa',
  'tabs.settings': 'Ustawienia',
  'loading.overview': 'Wczytywanie stanu kopii zapasowych',
  'loading.part': 'Wczytywanie',
  'part.failed': 'Nie udało się wczytać tej części strony. Sprawdź połączenie i spróbuj ponownie.',
  'region.EU': 'Europa',
  'region.US': 'Stany Zjednoczone',
  'region.AU': 'Australia',
  'time.justNow': 'przed chwilą',
  'time.inAMoment': 'za chwilę',
  'weekday.MON': 'Poniedziałek',
  'weekday.TUE': 'Wtorek',
  'weekday.WED': 'Środa',
  'weekday.THU': 'Czwartek',
  'weekday.FRI': 'Piątek',
  'weekday.SAT': 'Sobota',
  'weekday.SUN': 'Niedziela',
  'weekdayShort.MON': 'pon.',
  'weekdayShort.TUE': 'wt.',
  'weekdayShort.WED': 'śr.',
  'weekdayShort.THU': 'czw.',
  'weekdayShort.FRI': 'pt.',
  'weekdayShort.SAT': 'sob.',
  'weekdayShort.SUN': 'niedz.',
  'wait.stillWorking': 'Nadal trwa… Odpowiedź GitProtect może zająć kilka sekund.',

  // Actions: the page’s buttons, More features and the hand-offs to the Management Service.
  'action.edit': 'Edytuj harmonogram',
  'action.backupNow': 'Utwórz kopię teraz',
  'action.moreFeatures': 'Więcej funkcji',
  'action.retry': 'Spróbuj ponownie',
  'action.cancel': 'Anuluj',
  'action.save': 'Zapisz',
  'action.close': 'Zamknij',
  'action.continue': 'Kontynuuj',
  'alertAction.UPDATE_TOKEN': 'Zaktualizuj token',
  'alertAction.BACKUP_NOW': 'Uruchom kopię',
  'alertAction.OPEN_MANAGEMENT_SERVICE': 'Otwórz dzienniki w Management Service',
  'alertAction.RECONNECT': 'Połącz ponownie',
  'alertAction.RETRY': 'Spróbuj ponownie',
  'alertAction.OPEN_SPACES': 'Pokaż przestrzenie',
  'alertAction.OPEN_JOB_DETAILS': 'Pokaż szczegóły kopii',
  'more.title': 'Więcej funkcji',
  'more.body':
    'Plany kopii, magazyny, przywracanie, dzienniki i powiadomienia znajdziesz w GitProtect Management Service. Kontynuuj, aby otworzyć go w nowej karcie z automatycznym logowaniem.',
  'more.failed': 'Nie udało się otworzyć Management Service',
  'handOff.jobLogs': 'Otwórz dzienniki tej kopii w GitProtect',
  'handOff.restore': 'Przywróć w GitProtect',
  'handOff.restoreSpace': 'Przywróć w GitProtect: {name}',
  'handOff.logs': 'Dzienniki',
  'handOff.spaceLogs': 'Otwórz dzienniki tej kopii w GitProtect: {name}',
  'handOff.reasonLogs': {
    one: 'Otwórz dzienniki tej kopii w GitProtect: {count} przestrzeń nieudana z tej przyczyny',
    few: 'Otwórz dzienniki tej kopii w GitProtect: {count} przestrzenie nieudane z tej przyczyny',
    many: 'Otwórz dzienniki tej kopii w GitProtect: {count} przestrzeni nieudanych z tej przyczyny',
    other: 'Otwórz dzienniki tej kopii w GitProtect: {count} przestrzeni nieudanej z tej przyczyny',
  },
  'handOff.notifications': 'Skonfiguruj e-maile w GitProtect',
  'handOff.failed': 'Nie udało się otworzyć GitProtect. {reason}',

  // Status and verdict: the verdict, its alerts and the status summary.
  'notSet.title': 'GitProtect.io nie jest jeszcze skonfigurowany',
  'notSet.body':
    'Administrator Jiry musi go skonfigurować, zanim dane z Jiry zaczną być kopiowane.',
  'readOnly.body': 'Kopiami zapasowymi zarządzają administratorzy Jiry.',
  'summary.heading': 'Stan kopii zapasowych',
  'summary.securedProjects': 'Przestrzenie w planie',
  'summary.securedOf': '{secured} z {total} w Jirze',
  'summary.lastRunSaved': 'Ostatnia kopia zapisała {saved} z {total}',
  'summary.paused.TOKEN_REPLACED':
    'Żadna kopia nie może się wykonać, dopóki token API Jiry nie zostanie wymieniony.',
  'summary.paused.RECONNECTED':
    'Aplikacja nie widzi ani nie uruchamia kopii, dopóki witryna nie zostanie ponownie połączona. GitProtect może nadal wykonywać zaplanowane kopie.',
  'summary.nextPaused.TOKEN_REPLACED': 'Wstrzymana do wymiany tokenu',
  'summary.nextPaused.RECONNECTED': 'Nieznana do ponownego połączenia witryny',
  'summary.planTime': '{time} w strefie {zone}, czas planu',
  'summary.serviceRegion': 'Region usługi',
  'summary.storageRegion': 'Region magazynu',
  'summary.status': 'Stan',
  'summary.lastBackup': 'Ostatnia kopia',
  'summary.nextBackup': 'Następna kopia',
  'summary.schedule': 'Harmonogram',
  'summary.lastSuccess': 'Ostatnia udana kopia: {date} ({ago})',
  'summary.noSuccess': 'Żadna kopia jeszcze się nie udała',
  'summary.noLastBackup': 'Żadna kopia nie została jeszcze ukończona',
  'summary.noNextBackup': 'Nie zaplanowano',
  'summary.defaultPlan': '{plan}, domyślny plan usługi',
  'summary.took': 'trwała {duration}',
  'summary.projectsFailed': {
    one: '{count} przestrzeń nieudana',
    few: '{count} przestrzenie nieudane',
    many: '{count} przestrzeni nieudanych',
    other: '{count} przestrzeni nieudanej',
  },
  'schedule.text': '{days} o {hour} ({zone})',
  'schedule.everyDay': 'Codziennie',
  'progress.label': 'Postęp kopii zapasowej',
  'progress.text': {
    one: '{done} z {count} przestrzeni',
    few: '{done} z {count} przestrzeni',
    many: '{done} z {count} przestrzeni',
    other: '{done} z {count} przestrzeni',
  },
  'status.NEVER_RUN': 'Nigdy nie uruchomiono',
  'status.RUNNING': 'W toku',
  'status.SUCCEEDED': 'Udana',
  'status.SUCCEEDED_WITH_WARNINGS': 'Udana z ostrzeżeniami',
  'status.FAILED': 'Nieudana',
  'status.CANCELED': 'Anulowana',
  'status.NOT_STARTED': 'Nie rozpoczęta',
  'status.PAUSED': 'Wstrzymane',
  'alert.LAST_BACKUP_FAILED.title': 'Kopie zapasowe się nie udają',
  'alert.LAST_BACKUP_FAILED.body': {
    one: 'Ostatnia kopia zapisała {saved} z {total} przestrzeni: {count} się nie powiodła. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
    few: 'Ostatnia kopia zapisała {saved} z {total} przestrzeni: {count} się nie powiodły. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
    many: 'Ostatnia kopia zapisała {saved} z {total} przestrzeni: {count} się nie powiodło. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
    other:
      'Ostatnia kopia zapisała {saved} z {total} przestrzeni: {count} się nie powiodło. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
  },
  'alert.LAST_BACKUP_FAILED.onlySpace':
    'Ostatnia kopia nie zapisała jedynej przestrzeni. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
  'alert.LAST_BACKUP_FAILED.generic':
    'Ostatnia kopia nie została ukończona. Zanim uruchomisz kolejną, sprawdź przyczynę w dziennikach GitProtect Management Service.',
  'alert.LAST_BACKUP_PARTIAL.title': 'Niektóre przestrzenie nie zostały skopiowane',
  'alert.LAST_BACKUP_PARTIAL.body': {
    one: 'W ostatniej kopii nie powiodła się {count} przestrzeń z {total}. Szczegóły kopii podają przyczynę dla każdej przestrzeni.',
    few: 'W ostatniej kopii nie powiodły się {count} przestrzenie z {total}. Szczegóły kopii podają przyczynę dla każdej przestrzeni.',
    many: 'W ostatniej kopii nie powiodło się {count} przestrzeni z {total}. Szczegóły kopii podają przyczynę dla każdej przestrzeni.',
    other:
      'W ostatniej kopii nie powiodło się {count} przestrzeni z {total}. Szczegóły kopii podają przyczynę dla każdej przestrzeni.',
  },
  'alert.LAST_BACKUP_PARTIAL.generic':
    'W ostatniej kopii niektóre przestrzenie się nie powiodły. Szczegóły kopii podają przyczynę dla każdej przestrzeni.',
  'alert.BACKUP_OVERDUE.title': 'Kopie zapasowe są zaległe',
  'alert.BACKUP_OVERDUE.body':
    'Od {since} ({ago}) nie udała się żadna kopia, a harmonogram przewiduje częstsze. Uruchom kopię teraz; jeśli się nie uda, przyczynę podają dzienniki w Management Service.',
  'alert.BACKUP_OVERDUE.running':
    'Od {since} ({ago}) nie udała się żadna kopia, a trwająca kopia zaczęła się {started}. Dlaczego trwa tak długo, podają dzienniki w Management Service.',
  'alert.BACKUP_OVERDUE.generic':
    'Od dłuższego czasu, niż przewiduje harmonogram, nie udała się żadna kopia. Uruchom kopię teraz; jeśli się nie uda, przyczynę podają dzienniki w Management Service.',
  'alert.SPACES_UNPROTECTED.title': 'Nie wszystkie przestrzenie są chronione',
  'alert.SPACES_UNPROTECTED.body': {
    one: 'Chronione są {protected} z {count} przestrzeni: {causes}.',
    few: 'Chronione są {protected} z {count} przestrzeni: {causes}.',
    many: 'Chronione są {protected} z {count} przestrzeni: {causes}.',
    other: 'Chronione są {protected} z {count} przestrzeni: {causes}.',
  },
  'alert.SPACES_UNPROTECTED.notVisible': {
    one: '{count} jest niewidoczna dla konta kopii zapasowych',
    few: '{count} są niewidoczne dla konta kopii zapasowych',
    many: '{count} jest niewidocznych dla konta kopii zapasowych',
    other: '{count} jest niewidocznych dla konta kopii zapasowych',
  },
  'alert.SPACES_UNPROTECTED.notInPlan': {
    one: '{count} nie jest w planie',
    few: '{count} nie są w planie',
    many: '{count} nie jest w planie',
    other: '{count} nie jest w planie',
  },
  'alert.SPACES_UNPROTECTED.notRecentlyBackedUp': {
    one: '{count} nie ma udanej kopii z okresu planu',
    few: '{count} nie mają udanej kopii z okresu planu',
    many: '{count} nie ma udanej kopii z okresu planu',
    other: '{count} nie ma udanej kopii z okresu planu',
  },
  'alert.SPACES_UNPROTECTED.generic':
    'Niektóre przestrzenie tej witryny nie są kopiowane. Widok przestrzeni pokazuje które i dlaczego.',
  'alert.TOKEN_EXPIRING.title': 'Token API Jiry wkrótce wygaśnie',
  'alert.TOKEN_EXPIRING.body': {
    one: 'Token używany przez GitProtect wygasa {date} (UTC), za {count} dzień. Wtedy kopie przestaną działać: zaktualizuj go wcześniej.',
    few: 'Token używany przez GitProtect wygasa {date} (UTC), za {count} dni. Wtedy kopie przestaną działać: zaktualizuj go wcześniej.',
    many: 'Token używany przez GitProtect wygasa {date} (UTC), za {count} dni. Wtedy kopie przestaną działać: zaktualizuj go wcześniej.',
    other:
      'Token używany przez GitProtect wygasa {date} (UTC), za {count} dnia. Wtedy kopie przestaną działać: zaktualizuj go wcześniej.',
  },
  'alert.TOKEN_EXPIRING.today':
    'Token używany przez GitProtect wygasa z końcem dzisiejszego dnia, {date} (UTC). Wtedy kopie przestaną działać: zaktualizuj go teraz.',
  'alert.TOKEN_EXPIRING.generic':
    'Token używany przez GitProtect wkrótce wygaśnie. Wtedy kopie przestaną działać: zaktualizuj go wcześniej.',
  'alert.TOKEN_EXPIRED.title': 'Token API Jiry wygasł',
  'alert.TOKEN_EXPIRED.body':
    'Token używany przez GitProtect przestał działać po {date}, więc żadna kopia nie może się wykonać. Zaktualizuj token, aby wznowić kopie zapasowe.',
  'alert.TOKEN_EXPIRED.generic':
    'Token używany przez GitProtect wygasł, więc żadna kopia nie może się wykonać. Zaktualizuj token, aby wznowić kopie zapasowe.',
  'alert.CREDENTIALS_REJECTED.title': 'Jira odrzuca dane logowania',
  'alert.CREDENTIALS_REJECTED.body':
    'Jira nie akceptuje już adresu e-mail i tokenu API używanych przez GitProtect, więc żadna kopia nie może się wykonać. Zaktualizuj token, aby wznowić kopie zapasowe.',
  'alert.CREDENTIALS_REJECTED.generic':
    'Jira nie akceptuje już adresu e-mail i tokenu API używanych przez GitProtect, więc żadna kopia nie może się wykonać. Zaktualizuj token, aby wznowić kopie zapasowe.',
  'alert.CONNECTION_LOST.title': 'Utracono połączenie z GitProtect',
  'alert.CONNECTION_LOST.body':
    'GitProtect nie rozpoznaje już tej witryny Jiry (jej instancję usunięto albo sesję aplikacji unieważniono), więc aplikacja nie widzi jej kopii. Widzisz stan z {time}; GitProtect może nadal wykonywać kopie. Połącz witrynę ponownie, aby znów je widzieć i nimi zarządzać.',
  'alert.CONNECTION_LOST.generic':
    'GitProtect nie rozpoznaje już tej witryny Jiry, więc aplikacja nie widzi jej kopii. Widzisz ostatni stan odczytany przez aplikację; GitProtect może nadal wykonywać kopie. Połącz witrynę ponownie, aby znów je widzieć i nimi zarządzać.',
  'alert.STALE_DATA.title': 'Wyświetlane są zapisane dane',
  'alert.STALE_DATA.body':
    'Nie udało się połączyć z GitProtect, więc to jest stan kopii zapasowych z {time}.',
  'alert.STALE_DATA.generic':
    'Nie udało się połączyć z GitProtect, więc to jest ostatni stan kopii odczytany przez aplikację.',
  'alert.STALE_DATA.busy':
    'GitProtect jest teraz zajęty (zbyt wiele żądań), więc to jest stan kopii zapasowych z {time}.',
  'alert.STALE_DATA.busy.retry':
    'GitProtect jest teraz zajęty (zbyt wiele żądań), więc to jest stan kopii zapasowych z {time}. Będzie go można odczytać ponownie {when}.',
  'alert.STALE_DATA.busy.generic':
    'GitProtect jest teraz zajęty (zbyt wiele żądań), więc to jest ostatni stan kopii odczytany przez aplikację.',
  'alert.other.title': 'GitProtect wymaga Twojej uwagi',
  'verdict.PROTECTED.title': 'Jira jest chroniona',
  'verdict.PROTECTED.body': 'Ostatnia kopia {last}, następna {next}.',
  'verdict.PROTECTED.bodyNoNext': 'Ostatnia kopia {last}.',
  'verdict.PROTECTED.firstTitle': 'Kopie zapasowe są skonfigurowane',
  'verdict.PROTECTED.firstBody': 'Pierwsza kopia wykona się {next}.',
  'verdict.PROTECTED.firstBodyNoNext': 'Żadna kopia jeszcze się nie wykonała.',
  'verdict.lastSuccess': 'Ostatnia udana kopia zakończyła się {date} ({ago}).',
  'verdict.noSuccess': 'Żadna kopia jeszcze się nie udała.',
  'verdict.running': 'Trwa tworzenie kopii: {progress} do tej pory.',
  'verdict.others': {
    one: 'Jeszcze {count} sprawa wymaga uwagi',
    few: 'Jeszcze {count} sprawy wymagają uwagi',
    many: 'Jeszcze {count} spraw wymaga uwagi',
    other: 'Jeszcze {count} sprawy wymaga uwagi',
  },
  'verdict.member.CREDENTIALS_REJECTED':
    'Dotychczasowe kopie są zachowane, ale żadna nowa nie może się wykonać, dopóki token API Jiry używany przez GitProtect nie zostanie wymieniony. Poproś administratora Jiry o jego aktualizację.',
  'verdict.member.TOKEN_EXPIRED':
    'Dotychczasowe kopie są zachowane, ale żadna nowa nie może się wykonać, dopóki token API Jiry używany przez GitProtect nie zostanie wymieniony. Poproś administratora Jiry o jego aktualizację.',
  'verdict.member.TOKEN_EXPIRING':
    'Do tego czasu kopie wykonują się normalnie. Poproś administratora Jiry o aktualizację tokenu API Jiry używanego przez GitProtect.',
  'verdict.member.CONNECTION_LOST':
    'Dotychczasowe kopie są zachowane w GitProtect, który może nadal wykonywać nowe, ale aplikacja ich nie widzi: widoczny stan jest ostatnim odczytanym. Poproś administratora Jiry o ponowne połączenie witryny.',
  'verdict.member.LAST_BACKUP_FAILED':
    'Wcześniejsze kopie są zachowane, ale ostatnia nie zapisała przestrzeni. Poproś administratora Jiry o sprawdzenie przyczyny.',
  'verdict.member.LAST_BACKUP_PARTIAL':
    'Większość przestrzeni została zapisana, a wcześniejsze kopie są zachowane. Poproś administratora Jiry o sprawdzenie, dlaczego niektóre się nie powiodły.',
  'verdict.member.BACKUP_OVERDUE':
    'Wcześniejsze kopie są zachowane, ale od {since} nie udała się żadna. Poproś administratora Jiry o uruchomienie kopii i sprawdzenie planu.',
  'verdict.member.BACKUP_OVERDUE.generic':
    'Wcześniejsze kopie są zachowane, ale od dłuższego czasu, niż pozwala harmonogram, nie udała się żadna. Poproś administratora Jiry o uruchomienie kopii i sprawdzenie planu.',
  'verdict.member.BACKUP_OVERDUE.running':
    'Wcześniejsze kopie są zachowane, ale od {since} nie udała się żadna, a trwająca kopia wciąż się nie zakończyła. Poproś administratora Jiry o sprawdzenie przyczyny.',
  'verdict.member.SPACES_UNPROTECTED.generic':
    'Niektóre przestrzenie tej witryny nie mają kopii zapasowej. Poproś administratora Jiry o objęcie ich ochroną.',
  'verdict.member.SPACES_UNPROTECTED': {
    one: 'Chronione są {protected} z {count} przestrzeni. Poproś administratora Jiry o objęcie jej ochroną.',
    few: 'Chronione są {protected} z {count} przestrzeni. Poproś administratora Jiry o objęcie ochroną pozostałych.',
    many: 'Chronione są {protected} z {count} przestrzeni. Poproś administratora Jiry o objęcie ochroną pozostałych.',
    other:
      'Chronione są {protected} z {count} przestrzeni. Poproś administratora Jiry o objęcie ochroną pozostałych.',
  },
  'storage.named': '{name} ({code})',
  'storage.eu-central-1': 'Europa, Frankfurt',
  'storage.eu-west-1': 'Europa, Irlandia',
  'storage.us-east-1': 'Stany Zjednoczone, Wirginia Północna',
  'storage.us-west-2': 'Stany Zjednoczone, Oregon',
  'storage.ap-southeast-2': 'Australia, Sydney',

  // Backup now.
  'backupNow.title': 'Utworzyć kopię zapasową teraz?',
  'backupNow.bodyPlan':
    'GitProtect skopiuje teraz przestrzenie objęte Twoim planem kopii, z jego ustawieniami. Może to chwilę potrwać; możesz opuścić tę stronę.',
  'backupNow.bodyDefault':
    'GitProtect skopiuje teraz przestrzenie z Jiry z ustawieniami domyślnymi, ponieważ nie skonfigurowano jeszcze planu kopii. Może to chwilę potrwać; możesz opuścić tę stronę.',
  'backupNow.bodyPausedToken':
    'Jira nie akceptuje już tokenu API, którego używa GitProtect, więc kopia uruchomiona teraz nie powiedzie się dla żadnej przestrzeni. Najpierw zaktualizuj token w Ustawieniach.',
  'backupNow.bodyPausedConnection':
    'GitProtect nie rozpoznaje już tej witryny Jiry, więc kopia uruchomiona teraz się nie wykona. Najpierw połącz witrynę ponownie w Ustawieniach.',
  'backupNow.confirm': 'Rozpocznij kopię',
  'backupNow.confirmAnyway': 'Uruchom mimo to (nie powiedzie się)',
  'backupNow.started': 'Rozpoczęto tworzenie kopii',
  'backupNow.startedPausedToken':
    'Kopia się rozpoczęła, ale nie powiedzie się, dopóki token API Jiry nie zostanie zaktualizowany',
  'backupNow.startedPausedConnection':
    'Zlecono kopię, ale nie wykona się, dopóki witryna nie zostanie ponownie połączona',
  'backupNow.alreadyRunningProgress': 'Kopia zapasowa jest już w toku: {progress}',
  'backupNow.failed': 'Nie udało się rozpocząć kopii',
  'backupNow.finished': 'Kopia zakończona: {outcome}',

  // Edit schedule.
  'edit.title': 'Edytuj harmonogram kopii',
  'edit.intro': 'Kopie zaczynają się o wybranej godzinie w każdym wybranym dniu.',
  'edit.days': 'Dni',
  'edit.noDays': 'Wybierz co najmniej jeden dzień: harmonogram bez dni nigdy by się nie wykonał.',
  'edit.hour': 'Godzina',
  'edit.timeZone': 'Strefa czasowa',
  'edit.timeZoneHint': 'Godzina obowiązuje w tej strefie, również po zmianie czasu.',
  'edit.noTimeZone': 'Żadna strefa nie pasuje',
  'edit.preview': 'Następne kopie',
  'edit.previewYourTime': 'Twój czas: {time}',
  'edit.previewNone': 'Wybierz co najmniej jeden dzień, aby zobaczyć następne kopie.',
  'edit.previewEmpty': 'Przy tych ustawieniach nie wypada żadna kopia.',
  'edit.conflictTitle': 'Ktoś inny zmienił harmonogram',
  'edit.conflictBody': 'W trakcie Twojej edycji harmonogram zmieniono na: {schedule}.',
  'edit.conflictRemoved': 'W trakcie Twojej edycji harmonogram usunięto.',
  'edit.conflictUseCurrent': 'Edytuj bieżący harmonogram',
  'edit.saveFailed': 'Nie zapisano harmonogramu',
  'edit.saved': 'Zapisano harmonogram',
  'edit.savedNext': 'Zapisano harmonogram. Następna kopia: {time}',
  'invalid.days': 'Wybierz co najmniej jeden dzień.',
  'invalid.hour': 'Wybierz godzinę.',
  'invalid.timezone': 'Wybierz strefę czasową z listy.',

  // Jobs: the recent backups table.
  'jobs.heading': 'Ostatnie kopie zapasowe',
  'jobs.start': 'Początek',
  'jobs.duration': 'Czas trwania',
  'jobs.outcome': 'Wynik',
  'jobs.succeeded': 'Przestrzenie udane',
  'jobs.failed': 'Przestrzenie nieudane',
  'jobs.trigger': 'Uruchomienie',
  'jobs.bySchedule': 'Harmonogram',
  'jobs.byAdmin': 'Administrator',
  'jobs.soFar': 'trwa od {duration}',
  'jobs.empty': 'Nie ma jeszcze kopii zapasowych. Pojawią się tu, gdy tylko pierwsza się zacznie.',
  'jobs.emptyAdmin':
    'Nie ma jeszcze kopii zapasowych. Utwórz pierwszą teraz albo poczekaj na harmonogram.',
  'jobs.firstBackup': 'Utwórz pierwszą kopię',
  'jobs.details': 'Szczegóły kopii rozpoczętej {start}',
  'jobs.older': 'Pokaż starsze kopie',
  'jobs.olderFailed': 'Nie udało się wczytać starszych kopii',
  'jobs.scrollHint': 'Więcej kolumn: przewiń tabelę w bok.',
  'jobs.shown': 'Kopie na liście: {count}',

  // Job details.
  'jobDetails.title': 'Kopia rozpoczęta {start}',
  'jobDetails.outcome': 'Wynik',
  'jobDetails.started': 'Początek',
  'jobDetails.finished': 'Koniec',
  'jobDetails.stillRunning': 'Nadal trwa',
  'jobDetails.duration': 'Czas trwania',
  'jobDetails.trigger': 'Uruchomienie',
  'jobDetails.spaces': 'Przestrzenie',
  'jobDetails.spacesSummary': 'udane: {succeeded}, nieudane: {failed}, wszystkie: {total}',
  'jobDetails.spacesHeading': 'Przestrzenie w tej kopii',
  'jobDetails.failedOnly': 'Tylko nieudane',
  'jobDetails.loading': 'Wczytywanie przestrzeni tej kopii',
  'jobDetails.loadFailed': 'Nie udało się wczytać przestrzeni tej kopii',
  'jobDetails.noneFailed': 'W tej kopii każda przestrzeń się powiodła.',
  'jobDetails.none': 'Ta kopia nie dotarła jeszcze do żadnej przestrzeni.',
  'jobDetails.more': 'Pokaż więcej przestrzeni',
  'jobDetails.count': 'Widoczne: {shown} z {total}',
  'jobDetails.spaceName': '{name} ({key})',
  'jobDetails.noReason': 'GitProtect nie podał przyczyny.',
  'jobDetails.reasonCount': {
    one: '{count} przestrzeń',
    few: '{count} przestrzenie',
    many: '{count} przestrzeni',
    other: '{count} przestrzeni',
  },
  'jobDetails.reasonSpaces': {
    one: 'Pokaż przestrzeń',
    few: 'Pokaż {count} przestrzenie',
    many: 'Pokaż {count} przestrzeni',
    other: 'Pokaż {count} przestrzeni',
  },
  'spaceOutcome.SUCCEEDED': 'Udana',
  'spaceOutcome.FAILED': 'Nieudana',
  'spaceOutcome.PENDING': 'Oczekuje',

  // Spaces: every space of the site, protected or why not.
  'coverage.open': 'Zobacz każdą przestrzeń',
  'coverage.title': 'Przestrzenie i ich kopie zapasowe',
  'coverage.counts':
    'Przestrzenie w Jirze: {site}. Widoczne dla konta kopii zapasowych: {visible}. W planie kopii: {planned}.',
  'coverage.hidden.title': {
    one: '{count} przestrzeń nie ma kopii zapasowej',
    few: '{count} przestrzenie nie mają kopii zapasowej',
    many: '{count} przestrzeni nie ma kopii zapasowej',
    other: '{count} przestrzeni nie ma kopii zapasowej',
  },
  'coverage.hidden.body':
    'Konto kopii zapasowych {email} ich nie widzi, więc GitProtect pomija je bez żadnego błędu. Nadaj mu uprawnienie Browse projects (przeglądanie) w tych przestrzeniach.',
  'coverage.hidden.bodyNoEmail':
    'Konto Jiry, którego tokenu API używa GitProtect, ich nie widzi, więc GitProtect pomija je bez żadnego błędu. Nadaj mu uprawnienie Browse projects (przeglądanie) w tych przestrzeniach.',
  'coverage.notInPlan.title': {
    one: '{count} przestrzeń jest poza planem kopii',
    few: '{count} przestrzenie są poza planem kopii',
    many: '{count} przestrzeni jest poza planem kopii',
    other: '{count} przestrzeni jest poza planem kopii',
  },
  'coverage.notInPlan.body': 'Dodaj je do planu w GitProtect, aby były kopiowane.',
  'coverage.allInPlan': {
    one: 'Jedyna przestrzeń jest w planie kopii.',
    few: 'Wszystkie {count} przestrzenie są w planie kopii.',
    many: 'Wszystkich {count} przestrzeni jest w planie kopii.',
    other: 'Wszystkich {count} przestrzeni jest w planie kopii.',
  },
  'coverage.status.PROTECTED': 'Chroniona',
  'coverage.status.LAST_BACKUP_FAILED': 'Ostatnia kopia nieudana',
  'coverage.status.NEVER_BACKED_UP': 'Jeszcze bez kopii',
  'coverage.status.BACKUP_OUTDATED': 'Kopia zbyt stara',
  'coverage.status.NOT_IN_PLAN': 'Poza planem',
  'coverage.status.NOT_VISIBLE_TO_BACKUP_ACCOUNT': 'Bez kopii',
  'coverage.why.NOT_VISIBLE_TO_BACKUP_ACCOUNT': 'Konto kopii zapasowych nie widzi tej przestrzeni.',
  'coverage.why.NOT_IN_PLAN': 'Plan kopii pomija tę przestrzeń.',
  'coverage.why.NEVER_BACKED_UP': 'Żadna kopia tej przestrzeni jeszcze się nie udała.',
  'coverage.why.BACKUP_OUTDATED': 'Jej ostatnia udana kopia jest starsza, niż pozwala plan.',
  'coverage.definition':
    'Przestrzeń jest chroniona, gdy jest w planie kopii, konto kopii zapasowych ma do niej dostęp, a jej kopia udała się w okresie planu: najdłuższej przerwie między dwiema zaplanowanymi kopiami plus 6 godzin.',
  'coverage.reason': 'GitProtect podaje: {reason}',
  'coverage.fix.GRANT_BROWSE_PROJECTS':
    'Nadaj kontu {email} uprawnienie Browse projects (przeglądanie) w tej przestrzeni.',
  'coverage.fix.GRANT_BROWSE_PROJECTSNoEmail':
    'Nadaj kontu kopii zapasowych uprawnienie Browse projects (przeglądanie) w tej przestrzeni.',
  'coverage.fix.ADD_TO_PLAN': 'Dodaj ją do planu kopii w GitProtect.',
  'coverage.fix.START_BACKUP':
    'Zapisze ją najbliższa kopia; „Utwórz kopię teraz” zapisze ją wcześniej.',
  'coverage.fix.SEE_JOB_LOGS': 'Przyczynę podają dzienniki tej kopii w GitProtect.',
  'coverage.last.SUCCEEDED': 'Kopia wykonana {when}',
  'coverage.last.FAILED': 'Kopia nieudana {when}',
  'coverage.last.none': 'Jeszcze bez kopii',
  'coverage.go.RESTORE_PROJECT': 'Przywróć w GitProtect',
  'coverage.go.JOB_LOGS': 'Otwórz dzienniki',
  'coverage.go.HOME': 'Otwórz GitProtect',
  'coverage.goLabel': '{action}: {name} ({key})',
  'coverage.goFailed': 'Nie udało się otworzyć GitProtect',
  'coverage.loading': 'Wczytywanie przestrzeni',
  'coverage.loadFailed': 'Nie udało się wczytać przestrzeni',
  'coverage.moreFailed': 'Nie udało się wczytać kolejnych przestrzeni',
  'coverage.showMore': 'Pokaż więcej',
  'coverage.shown': {
    one: 'Wczytano {shown} z {count} przestrzeni',
    few: 'Wczytano {shown} z {count} przestrzeni',
    many: 'Wczytano {shown} z {count} przestrzeni',
    other: 'Wczytano {shown} z {count} przestrzeni',
  },
  'coverage.onlyProblems': 'Tylko przestrzenie bez ochrony',
  'coverage.search': 'Szukaj przestrzeni',
  'coverage.searchHint': 'Klucz lub nazwa',
  'coverage.searching': 'Wyszukiwanie',
  'coverage.searchFailed': 'Nie udało się przeszukać przestrzeni',
  'coverage.matching': {
    one: '{count} przestrzeń pasuje do „{query}”',
    few: 'Wczytano {shown} z {count} przestrzeni pasujących do „{query}”',
    many: 'Wczytano {shown} z {count} przestrzeni pasujących do „{query}”',
    other: 'Wczytano {shown} z {count} przestrzeni pasujących do „{query}”',
  },
  'coverage.noMatch': 'Żadna przestrzeń nie pasuje do „{query}”.',
  'coverage.lookedAt': {
    one: 'Sprawdzono {looked} z {total} przestrzeni: {count} nie ma ochrony.',
    few: 'Sprawdzono {looked} z {total} przestrzeni: {count} nie mają ochrony.',
    many: 'Sprawdzono {looked} z {total} przestrzeni: {count} nie ma ochrony.',
    other: 'Sprawdzono {looked} z {total} przestrzeni: {count} nie ma ochrony.',
  },
  'coverage.lookedAtMatching': {
    one: 'Sprawdzono {looked} z {total} przestrzeni pasujących do „{query}”: {count} nie ma ochrony.',
    few: 'Sprawdzono {looked} z {total} przestrzeni pasujących do „{query}”: {count} nie mają ochrony.',
    many: 'Sprawdzono {looked} z {total} przestrzeni pasujących do „{query}”: {count} nie ma ochrony.',
    other:
      'Sprawdzono {looked} z {total} przestrzeni pasujących do „{query}”: {count} nie ma ochrony.',
  },
  'coverage.onlySpaceNotProtected': 'Jedyna przestrzeń nie ma ochrony.',
  'coverage.onlySpaceProtected': 'Jedyna przestrzeń jest chroniona: nie wymaga uwagi.',
  'coverage.onlyMatchNotProtected': 'Jedyna przestrzeń pasująca do „{query}” nie ma ochrony.',
  'coverage.onlyMatchProtected':
    'Jedyna przestrzeń pasująca do „{query}” jest chroniona: nie wymaga uwagi.',
  'coverage.lookFurther': 'Szukaj dalej',
  'coverage.noProblems': 'Żadna z nich nie wymaga uwagi: wszystkie są chronione.',
  'coverage.noProblemsYet':
    'Wszystkie sprawdzone dotąd przestrzenie są chronione. Szukaj dalej, by sprawdzić resztę.',
  'coverage.empty': 'Ta witryna Jiry nie ma jeszcze przestrzeni.',
  'coverage.list': 'Przestrzenie',

  // Settings: the credentials, e-mails and disconnecting.
  'settings.heading': 'Dane logowania do Jiry',
  'settings.intro': 'GitProtect odczytuje dane z Jiry za pomocą tego konta i tokenu API.',
  'settings.email': 'Adres e-mail konta',
  'settings.token': 'Token API',
  'settings.tokenMasked': '•••• {lastFour}',
  'settings.tokenNotSet': 'Nie ustawiono',
  'settings.updated': 'Zaktualizowano',
  'settings.expires': 'Wygasa',
  'settings.noExpiry': 'Nie podano daty wygaśnięcia',
  'settings.replaceHeading': 'Wymień token API',
  'settings.submit': 'Zapisz token',
  'settings.saved': 'Zaktualizowano token. GitProtect używa go od teraz.',
  'settings.failed': 'Nie zapisano tokenu',
  'settings.disconnectHeading': 'Połączenie z GitProtect',
  'settings.disconnectIntro':
    'Rozłącz, gdy GitProtect nie rozpoznaje już tej witryny albo aby połączyć ją od nowa.',
  'settings.disconnect': 'Rozłącz',
  'disconnect.title': 'Rozłączyć z GitProtect?',
  'disconnect.body':
    'Aplikacja zapomni swoje połączenie z GitProtect: sesję, zapisane dane tokenu i ostatni stan. Kopie zapasowe w GitProtect zostaną zachowane, a dziennik działań aplikacji pozostanie. Witrynę można od razu połączyć ponownie.',
  'disconnect.failed': 'Aplikacja nie mogła się rozłączyć',
  'settings.notifyHeading': 'E-mail, gdy kopia się nie powiedzie',
  'settings.notifyIntro':
    'GitProtect może wysłać Ci e-mail, gdy kopia zapasowa się nie powiedzie. Skonfigurujesz to w GitProtect.',

  // Setup, and the credential fields Settings shares with it.
  'field.region': 'Region',
  'field.regionPlaceholder': 'Wybierz region',
  'field.regionHint':
    'Gdzie GitProtect działa dla tej witryny i przechowuje jej kopie. Wybierz region, w którym muszą pozostać dane Twojej firmy: późniejsza zmiana wymaga ponownego połączenia.',
  'field.email': 'Adres e-mail konta Jira',
  'field.token': 'Token API',
  'field.tokenHint':
    'Utwórz go w ustawieniach konta Atlassian. Nie zostanie już nigdy wyświetlony.',
  'field.createToken': 'Utwórz token API',
  'field.expiresOn': 'Data wygaśnięcia tokenu (opcjonalnie)',
  'field.expiresOnHint':
    'Nowe tokeny API Atlassian wygasają w ciągu roku. Znając datę, GitProtect ostrzeże Cię na czas.',
  'field.required': 'Wypełnij to pole.',
  'invalid.email': 'Wpisz prawidłowy adres e-mail.',
  'invalid.token': 'Wpisz token API dokładnie tak, jak pokazał go Atlassian, bez spacji.',
  'invalid.expiresOn': 'Wpisz datę od dziś do roku od dziś.',
  'invalid.region': 'Wybierz region.',
  'setup.title': 'Skonfiguruj GitProtect.io',
  'setup.intro':
    'Połącz tę witrynę Jiry z GitProtect. GitProtect kopiuje przestrzenie z Jiry za pomocą tokenu API konta administratora Jiry.',
  'setup.submit': 'Połącz',
  'setup.failed': 'Nie udało się połączyć GitProtect.io',
  'setup.connected': 'GitProtect.io jest połączony',
  'field.requiredNote': 'Pola oznaczone * są wymagane.',
  'problem.email.tooLong': 'Ten adres e-mail jest za długi.',
  'problem.email.spaces': 'Usuń spacje z adresu e-mail.',
  'problem.token.tooLong': 'To jest dłuższe niż token API. Wklej tylko sam token.',
  'problem.expiresOn.notADate': 'Wpisz datę, np. {example}, albo wybierz ją z kalendarza.',
  'problem.expiresOn.noSuchDay': 'Taka data nie istnieje.',
  'problem.expiresOn.past': 'Ta data już minęła, więc token wygasł. Utwórz nowy token.',
  'problem.expiresOn.tooFar': 'Tokeny API Atlassian wygasają w ciągu roku. Sprawdź datę.',
  'rejected.FORMAT':
    'To nie jest token API Atlassian. Skopiuj cały token: nowe tokeny zaczynają się od ATATT.',
  'rejected.WRONG_EMAIL':
    'Jira nie przyjmuje tego tokenu z tym adresem e-mail. Wpisz adres konta, które utworzyło token.',
  'rejected.EXPIRED': 'Ten token API wygasł. Utwórz nowy i wklej go tutaj.',
  'rejected.NO_ACCESS':
    'To konto nie ma dostępu do danych Jiry w tej witrynie. Użyj tokenu konta administratora Jiry.',
  'date.clear': 'Wyczyść datę',
  'date.openCalendar': 'Otwórz kalendarz',
  'date.nextMonth': 'Następny miesiąc',
  'date.previousMonth': 'Poprzedni miesiąc',

  // Errors: what a failed call says.
  'loadError.title': 'Nie udało się wczytać stanu kopii zapasowych',
  'error.INVALID_INPUT': 'Niektóre dane są nieprawidłowe: {message}',
  'error.FORBIDDEN': 'Tylko administratorzy Jiry mogą to zrobić.',
  'error.NOT_CONNECTED': 'GitProtect.io nie jest jeszcze połączony z tą witryną Jiry.',
  'error.CONFLICT': 'Ktoś inny zmienił to w tym samym czasie. Odśwież stronę i spróbuj ponownie.',
  'error.TOKEN_REJECTED':
    'Jira odrzuciła ten token. Sprawdź, czy należy do tego adresu e-mail i czy nie wygasł.',
  'error.UPSTREAM_UNAVAILABLE':
    'Usługa GitProtect jest teraz nieosiągalna. Spróbuj ponownie za kilka minut.',
  'error.UPSTREAM_RATE_LIMITED': 'GitProtect jest teraz zajęty. Spróbuj ponownie {when}.',
  'error.UPSTREAM_RATE_LIMITED.later': 'GitProtect jest teraz zajęty. Spróbuj ponownie później.',
  'error.INTERNAL':
    'W aplikacji wystąpił błąd. Spróbuj ponownie, a jeśli błąd się powtarza, skontaktuj się z pomocą techniczną GitProtect.',
  'error.PAGE_REPEATED':
    'GitProtect przysłał ponownie to, co już jest widoczne, więc lista kończy się tutaj. Zamknij ją i otwórz ponownie, aby wczytać ją od nowa.',
  'error.UNREACHABLE': 'Nie udało się połączyć z aplikacją. Sprawdź połączenie i spróbuj ponownie.',
  'error.CONNECTION_LOST':
    'GitProtect nie rozpoznaje już połączenia tej witryny Jiry (instancję usunięto albo sesję aplikacji unieważniono). Rozłącz w Ustawieniach i połącz witrynę ponownie.',
  'error.REGISTERED_IN_OTHER_REGION':
    'Ta witryna Jiry jest już połączona z GitProtect w innym regionie. Wybierz region, w którym połączono ją po raz pierwszy.',
};
