export { ids, ID_LENGTH, statuspageId } from './ids.ts';
export {
  API_DOCUMENTS,
  API_LIST_LIMIT,
  API_MEDIA_TYPE,
  API_TIME_ZONE,
  apiDocument,
  apiFile,
  apiPath,
  statuspageApi,
  type ApiDocumentName,
} from './statuspage.ts';
export {
  API_INCIDENT_INDEX,
  apiIncidentDocument,
  apiIncidentFile,
  apiIncidentFiles,
  apiIncidentIndex,
  apiIncidentIndexFile,
  apiIncidentPath,
} from './incident-files.ts';
export type * from './types.ts';
