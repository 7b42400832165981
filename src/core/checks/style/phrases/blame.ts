/** Ways of putting the blame on someone else (style-blame); `plugins.ts` says how each list is read. */

/** Said outright, these always shift the blame. */
export const BLAME_PHRASES = [
  'not our fault',
  'no fault of our own',
  'beyond our control',
  'outside our control',
  'outside of our control',
  'out of our control',
  'their fault',
  'his fault',
  'her fault',
  'fault of',
  'fault lies with',
  'blame lies with',
  'blame rests with',
  'human error',
  'user error',
];
/** Someone's doing, told as their failing: blame, unless we are the ones who did it ("we dropped the ball"). */
export const BLAME_ACTS = [
  'to blame',
  'dropped the ball',
  'drop the ball',
  'drops the ball',
  'failed us',
  'fail us',
  'fails us',
  'let us down',
  'lets us down',
  'messed up',
  'mess up',
  'messes up',
  'screwed up',
  'screw up',
  'made a mistake',
  'made mistakes',
  'made an error',
];
/** Words that make what happened someone's failing rather than a problem: "X's fault", "a mistake at X". */
export const FAULT_WORDS = ['fault', 'mistake', 'mistakes', 'blunder', 'blunders', 'negligence', 'carelessness', 'incompetence'];
/** A cause word followed, in the same sentence, by someone else. */
export const BLAME_CAUSES = ['due to', 'caused by', 'because of', 'result of', 'triggered by', 'blame'];
/**
 * Other parties. Not "upstream": an upstream database can be the team's own, and naming the
 * team's own systems ("an upstream database within our billing system") is not blame.
 */
export const BLAME_PARTIES = [
  'provider',
  'providers',
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
  'partner',
  'partners',
  'third party',
  'third-party',
  'isp',
  'aws',
  'amazon',
  'azure',
  'microsoft',
  'google',
  'gcp',
  'cloudflare',
  'akamai',
  'fastly',
  'a customer',
  'a customers',
  'one customer',
  'one customers',
  'a user',
  'a users',
  'engineer',
  'employee',
  'contractor',
  'intern',
  'another team',
];
