// What My progress's backup and restore load on demand (load-backup-code.ts), as one entry for the bundler: the
// backup file's code and the restore's preview, two modules of one job each. Imported apart, each is an entry of
// its own, and the bundler made three files of them (the two and their dictionary) where there was one.
export * from '../../lib/backup';
export * from '../../lib/restore-preview';
