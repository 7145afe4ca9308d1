/** The largest DKB upload: a regency of 1.5 million residents is about 200 MB as CSV. */
export const BATAS_UKURAN_DKB = 1024 * 1024 * 1024
