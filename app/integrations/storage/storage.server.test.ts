import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createLocalStorage, getStorage, KunciBerkasError } from './storage.server'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simadu-storage-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('local storage', () => {
	const storage = createLocalStorage(root)

	it('saves under a random name, reads it back and removes it', async () => {
		const key = await storage.save(Buffer.from('isi berkas'), '.PNG', { folder: 'kantor' })
		expect(key).toMatch(/^kantor\/[a-f0-9]{32}\.png$/)
		expect(fs.existsSync(path.join(root, key))).toBe(true)
		expect((await storage.read(key))?.toString()).toBe('isi berkas')
		const other = await storage.save(Buffer.from('lain'), 'pdf')
		expect(other).not.toBe(key)
		expect(other).toMatch(/^[a-f0-9]{32}\.pdf$/)
		await storage.remove(key)
		expect(await storage.read(key)).toBeNull()
		await expect(storage.remove(key)).resolves.toBeUndefined()
		expect(fs.readdirSync(path.join(root, 'kantor'))).toEqual([])
	})

	it('refuses keys it did not make, so no path leaves the upload directory', async () => {
		for (const key of ['../etc/passwd', 'kantor/../../x.png', '/etc/passwd', 'logo.png', 'kantor/ABC.png']) {
			await expect(storage.read(key)).rejects.toBeInstanceOf(KunciBerkasError)
			await expect(storage.remove(key)).rejects.toBeInstanceOf(KunciBerkasError)
		}
		await expect(storage.save(Buffer.from('x'), 'p/ng')).rejects.toThrow()
		await expect(storage.save(Buffer.from('x'), 'png', { folder: '../luar' })).rejects.toThrow()
	})

	it('uses the upload directory of the environment', async () => {
		const key = await getStorage().save(Buffer.from('x'), 'txt', { folder: 'uji' })
		expect(fs.existsSync(path.join(process.env.UPLOAD_DIR!, key))).toBe(true)
		await getStorage().remove(key)
	})
})
