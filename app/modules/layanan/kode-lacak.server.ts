import crypto from 'node:crypto'

/** No 0/O, 1/I/L: a code read aloud at the loket or typed from a receipt is not misread. */
const HURUF = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const PANJANG_KODE_LACAK = 6

/** A fresh tracking code: 6 characters from a CSPRNG, about 30 bits. */
export function buatKodeLacak() {
	return Array.from({ length: PANJANG_KODE_LACAK }, () => HURUF[crypto.randomInt(HURUF.length)]).join('')
}

export function normalisasiKodeLacak(kode: string) {
	return kode.trim().toUpperCase().replace(/\s+/g, '')
}

/**
 * What is stored: the code hashed with its ticket number, so the code itself appears on no
 * screen, export or backup after the applicant has been given it. (Guessing is limited online by
 * throttling, see `lacak.server.ts`.)
 */
export function hashKodeLacak(nomorTiket: string, kode: string) {
	return crypto.createHash('sha256').update(`${nomorTiket}:${normalisasiKodeLacak(kode)}`).digest('hex')
}

export function kodeLacakCocok(nomorTiket: string, kode: string, hash: string) {
	const a = Buffer.from(hashKodeLacak(nomorTiket, kode), 'hex')
	const b = Buffer.from(hash, 'hex')
	return a.length === b.length && crypto.timingSafeEqual(a, b)
}
