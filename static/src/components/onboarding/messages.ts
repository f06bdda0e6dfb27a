import type { Message } from '../../i18n';

/*
 * The Get started view's own words, in English and Polish: they travel with its chunk, so the
 * main page's first load (which carries the English catalogue) does not grow with them.
 */

export const getStartedEn = {
  title: 'Get started with GitProtect.io',
  what: 'GitProtect.io backs up this Jira site to GitProtect on a schedule: every space with its work items, comments and attachments, kept in the region you choose and restored from GitProtect. Here in Jira you see whether every space is protected, change when backups run, start one at any time and keep GitProtect’s access to Jira up to date.',
  'allDone.title': 'You are all set',
  'allDone.body':
    'GitProtect is connected, has backed up this site, and every space is protected. The main page keeps watch from now on.',
  'needs.title': 'What you need',
  'needs.region':
    'A region where GitProtect keeps the backups: Europe, United States or Australia.',
  'needs.token':
    'A Jira API token of an account that can browse every space: GitProtect reads Jira with it, and leaves out any space that account cannot see.',
  'needs.tokenLink': 'Create an API token at Atlassian',
  'steps.title': 'Steps',
  stepNumber: '{number}.',
  'state.done': 'Done',
  'state.running': 'Running',
  'state.todo': 'To do',
  'connect.title': 'Connect to GitProtect',
  'connect.todo':
    'Choose the region and enter the account’s email and API token in the form below.',
  'connect.done': 'Connected in {region} with the account {email}.',
  'firstBackup.title': 'Run the first backup',
  'firstBackup.afterConnect':
    'Once connected, the first backup runs at the planned time, or at once with Backup now on the main page.',
  'firstBackup.running': 'The first backup is running now.',
  'firstBackup.done': 'The last backup finished {when}.',
  'firstBackup.todo': 'The first backup runs {when}; Backup now on the main page starts it sooner.',
  'firstBackup.todoNoPlan': 'Start it with Backup now on the main page.',
  'everySpace.title': 'Protect every space',
  'everySpace.afterConnect': 'A space is protected once a backup of it has succeeded.',
  'everySpace.done': {
    one: 'The site’s only space is protected.',
    other: 'All {count} spaces are protected.',
  },
  'everySpace.todo': {
    one: '{protected} of 1 space is protected. The main page says why not and what fixes it.',
    other:
      '{protected} of {count} spaces are protected. The main page says which are not, why, and what fixes it.',
  },
  'everySpace.afterFirstBackup':
    'Once a backup has succeeded, this says whether every space is protected.',
  openMain: 'Open GitProtect.io',
} as const;

export type GetStartedKey = keyof typeof getStartedEn;

export const getStartedPl: Record<GetStartedKey, Message> = {
  title: 'Pierwsze kroki z GitProtect.io',
  what: 'GitProtect.io wykonuje według harmonogramu kopie zapasowe tej witryny Jiry w GitProtect: każdej przestrzeni z jej elementami pracy, komentarzami i załącznikami, przechowywane w wybranym regionie i przywracane z GitProtect. Tutaj, w Jirze, widzisz, czy każda przestrzeń jest chroniona, zmieniasz porę kopii, uruchamiasz kopię w dowolnej chwili i aktualizujesz dostęp GitProtect do Jiry.',
  'allDone.title': 'Wszystko gotowe',
  'allDone.body':
    'GitProtect jest połączony, wykonał kopię tej witryny i każda przestrzeń jest chroniona. Od teraz stan pokazuje strona główna.',
  'needs.title': 'Czego potrzebujesz',
  'needs.region':
    'Regionu, w którym GitProtect przechowa kopie: Europa, Stany Zjednoczone lub Australia.',
  'needs.token':
    'Tokenu API Jiry konta, które może przeglądać każdą przestrzeń: GitProtect czyta nim Jirę i pomija przestrzenie, których to konto nie widzi.',
  'needs.tokenLink': 'Utwórz token API w Atlassian',
  'steps.title': 'Kroki',
  stepNumber: '{number}.',
  'state.done': 'Gotowe',
  'state.running': 'W toku',
  'state.todo': 'Do zrobienia',
  'connect.title': 'Połącz z GitProtect',
  'connect.todo':
    'Wybierz region i wpisz w formularzu poniżej adres e-mail konta oraz jego token API.',
  'connect.done': 'Połączono w regionie {region} kontem {email}.',
  'firstBackup.title': 'Wykonaj pierwszą kopię',
  'firstBackup.afterConnect':
    'Po połączeniu pierwsza kopia ruszy o zaplanowanej porze albo od razu, przyciskiem „Utwórz kopię teraz” na stronie głównej.',
  'firstBackup.running': 'Pierwsza kopia właśnie trwa.',
  'firstBackup.done': 'Ostatnia kopia zakończyła się {when}.',
  'firstBackup.todo':
    'Pierwsza kopia ruszy {when}; przycisk „Utwórz kopię teraz” na stronie głównej uruchomi ją wcześniej.',
  'firstBackup.todoNoPlan': 'Uruchom ją przyciskiem „Utwórz kopię teraz” na stronie głównej.',
  'everySpace.title': 'Chroń każdą przestrzeń',
  'everySpace.afterConnect': 'Przestrzeń jest chroniona, gdy jej kopia się powiodła.',
  'everySpace.done': {
    one: 'Jedyna przestrzeń witryny jest chroniona.',
    few: 'Chronione są wszystkie {count} przestrzenie.',
    many: 'Chronionych jest wszystkich {count} przestrzeni.',
    other: 'Chronionych jest wszystkich {count} przestrzeni.',
  },
  'everySpace.todo': {
    one: 'Chronione: {protected} z 1 przestrzeni. Strona główna pokazuje, dlaczego nie i co to naprawi.',
    few: 'Chronione: {protected} z {count} przestrzeni. Strona główna pokazuje, których brakuje, dlaczego i co to naprawi.',
    many: 'Chronione: {protected} z {count} przestrzeni. Strona główna pokazuje, których brakuje, dlaczego i co to naprawi.',
    other:
      'Chronione: {protected} z {count} przestrzeni. Strona główna pokazuje, których brakuje, dlaczego i co to naprawi.',
  },
  'everySpace.afterFirstBackup':
    'Gdy kopia się powiedzie, zobaczysz tu, czy każda przestrzeń jest chroniona.',
  openMain: 'Otwórz GitProtect.io',
};
