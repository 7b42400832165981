/** Promises the team may not be able to keep (style-promise). */
export const PROMISES = [
  'never happen again',
  'never happens again',
  'never occur again',
  'never occurs again',
  'never recur',
  'never again',
  'not happen again',
  'not occur again',
  'wont happen again',
  'this will never',
  'guarantee',
  'guarantees',
  'guaranteed',
  'we promise',
  'rest assured',
  'zero downtime',
];
