// Whole-library backup and restore (one zip file with checksums). See format.ts for the layout.
export { exportBackup } from './export-backup';
export type { BackupProgress, ExportBackupOptions } from './export-backup';
export { importBackup } from './import-backup';
export type { ImportBackupOptions, ImportBackupResult } from './import-backup';
export { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_PATH } from './format';
export type { BackupManifest } from './format';
