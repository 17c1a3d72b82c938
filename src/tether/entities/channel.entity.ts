import { Entity, Index } from 'typeorm';
import { CodedEntityColumns } from './coded-entity.columns.js';

/** A sales channel (a store, a marketplace, a wholesale account), by its code. */
@Entity({ name: 'channels' })
@Index('UQ_channels_organization_code', ['organizationId', 'code'], { unique: true })
export class ChannelEntity extends CodedEntityColumns {}
