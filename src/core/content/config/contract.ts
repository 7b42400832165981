/**
 * The content contract: the forms of `status.config.yaml` and `incidents/` this Statusmark reads.
 * A config says which one it follows with `statusmark: <n>`; without the key it follows the
 * current one, so a repository written before the key existed stays valid.
 */
export const CONTENT_CONTRACT = 1;

/** The config key that names the contract. */
export const CONTRACT_KEY = 'statusmark';
