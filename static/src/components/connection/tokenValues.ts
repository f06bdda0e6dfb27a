/** What the credentials form of setup and of Settings holds while the admin types. */
export interface TokenValues {
  email: string;
  token: string;
  /** `YYYY-MM-DD`, empty, or the text typed when it is not a date. */
  expiresOn: string;
}

export type TokenField = keyof TokenValues;
export const TOKEN_FIELDS: readonly TokenField[] = ['email', 'token', 'expiresOn'];
/** The words under each field at fault, by field name. */
export type FieldErrors = Partial<Record<string, string>>;
