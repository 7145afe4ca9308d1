import bcrypt from 'bcrypt'

const BCRYPT_COST = 12
export const SANDI_MIN_BYTES = 10
/** bcrypt reads only 72 bytes; a longer password is refused, never silently cut. */
export const SANDI_MAX_BYTES = 72
/** Published in the README for the demo accounts; a production start refuses while it is used. */
export const SANDI_DEMO = 'Simadu#Demo2026'

export function sandiByteLength(password: string) {
	return Buffer.byteLength(password, 'utf8')
}

/** A message for the field, or null when the password is acceptable. */
export function checkSandiPolicy(password: string): string | null {
	const bytes = sandiByteLength(password)
	if (bytes < SANDI_MIN_BYTES) return `Kata sandi minimal ${SANDI_MIN_BYTES} karakter.`
	if (bytes > SANDI_MAX_BYTES) return `Kata sandi maksimal ${SANDI_MAX_BYTES} byte; gunakan kata sandi yang lebih pendek.`
	return null
}

export function hashSandi(password: string) {
	if (sandiByteLength(password) > SANDI_MAX_BYTES) throw new Error('Kata sandi melebihi 72 byte')
	return bcrypt.hash(password, BCRYPT_COST)
}

export function verifySandi(password: string, hash: string) {
	if (sandiByteLength(password) > SANDI_MAX_BYTES) return Promise.resolve(false)
	return bcrypt.compare(password, hash)
}

/** A hash to compare against when the account does not exist, so both answers take as long. */
let dummyHash: Promise<string> | undefined
export function dummySandiHash() {
	dummyHash ??= bcrypt.hash('tidak-ada-akun-ini', BCRYPT_COST)
	return dummyHash
}
