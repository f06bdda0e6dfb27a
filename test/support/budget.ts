/*
 * Every project's budget per test, sized for a shared 2-core CI machine busy with other work
 * (jest's default of 5 s is not relied on anywhere). Tests wait for what they check (a reply, a
 * rendered element, a page in Chromium), never for a fixed time, so the budget only decides how
 * long a real failure takes to report; a test that needs more says so where it is declared.
 */
jest.setTimeout(60_000);
