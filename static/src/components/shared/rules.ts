/**
 * The thin line between rows of a list (job details' spaces, the coverage list), in the
 * shape `xcss` takes: spread into a list's or a row's styles.
 */
export const ruleAbove = {
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
} as const;

export const ruleBelow = {
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
} as const;
