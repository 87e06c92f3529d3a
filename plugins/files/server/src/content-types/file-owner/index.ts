/**
 * Who uploaded a file through the content API (the upload plugin keeps only admin uploaders). A
 * fresh upload may be attached to a record by its uploader alone, so a file id guessed or copied
 * from elsewhere cannot pull another record's (or a 机密 archive's) file into one the actor sees.
 */
export const fileOwner = {
  schema: {
    kind: 'collectionType',
    collectionName: 'wd_file_owners',
    info: { singularName: 'file-owner', pluralName: 'file-owners', displayName: 'File owner' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      fileId: { type: 'integer', required: true, unique: true },
      userId: { type: 'integer', required: true },
    },
  },
};

export const FILE_OWNER_UID = 'plugin::files.file-owner';
