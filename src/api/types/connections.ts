import { ClauseType } from './clause.type';
import { DocumentType } from './document.type';
import { EntityInterface } from './entity.interface';
import { connectionTypes } from './page-info.type';

/** A page of entities. */
export const EntityConnection = connectionTypes('Entity', () => EntityInterface, 'A page of entities (Relay), in id order.');

/** A page of documents. */
export const DocumentConnection = connectionTypes('Document', () => DocumentType, 'A page of documents (Relay), in id order.');

/** A page of clauses. */
export const ClauseConnection = connectionTypes('Clause', () => ClauseType, 'A page of clauses (Relay), in reading order.');
