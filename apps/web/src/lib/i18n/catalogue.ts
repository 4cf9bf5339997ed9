// The catalogues' shape lives in @gcm/domain, shared with the API's e-mails.
export { type Catalogue, catalogue, mergeCatalogues } from '@gcm/domain';
