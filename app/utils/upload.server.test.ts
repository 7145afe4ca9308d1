import { describe, expect, it } from 'vitest'
import { formatUkuran, kenaliJenisBerkas, parseUpload } from './upload.server'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function multipart(form: FormData) {
	return new Request('http://localhost/unggah', { method: 'POST', body: form })
}

describe('upload', () => {
	it('recognises files by their first bytes, not by name', () => {
		expect(kenaliJenisBerkas(new Uint8Array([...PNG, 0, 0]))?.ext).toBe('png')
		expect(kenaliJenisBerkas(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe('jpg')
		expect(kenaliJenisBerkas(new TextEncoder().encode('%PDF-1.7'))?.ext).toBe('pdf')
		expect(kenaliJenisBerkas(new TextEncoder().encode('bukan gambar'))).toBeNull()
		expect(kenaliJenisBerkas(new Uint8Array([0x89, 0x50]))).toBeNull()
	})

	it('reads a multipart form within the limit', async () => {
		const form = new FormData()
		form.append('intent', 'logo')
		form.append('logo', new File([new Uint8Array(PNG)], 'a.png', { type: 'image/png' }))
		const result = await parseUpload(multipart(form), { field: 'logo', maxFileSize: 1024 })
		expect(result.ok).toBe(true)
		if (!result.ok) return
		expect(result.formData.get('intent')).toBe('logo')
		const file = result.formData.get('logo') as File
		expect(file.size).toBe(8)
	})

	it('answers a too-large file with a message on the field', async () => {
		const form = new FormData()
		form.append('logo', new File([new Uint8Array(2048)], 'besar.png'))
		const result = await parseUpload(multipart(form), { field: 'logo', maxFileSize: 1024 })
		expect(result).toEqual({ ok: false, errors: { logo: ['Ukuran berkas melebihi batas 1 KB.'] } })
	})

	it('stops reading a body far beyond the limit', async () => {
		const form = new FormData()
		for (let i = 0; i < 200; i++) form.append(`f${i}`, 'x'.repeat(1000))
		// once with the declared length, once streamed without one (the body is cut off while read)
		const declared = multipart(form)
		const encoded = new Response(form)
		const streamed = new Request('http://localhost/unggah', {
			method: 'POST',
			headers: { 'Content-Type': encoded.headers.get('Content-Type')! },
			body: encoded.body,
			duplex: 'half',
		} as RequestInit)
		expect(streamed.headers.get('Content-Length')).toBeNull()
		for (const request of [declared, streamed]) {
			const result = await parseUpload(request, { field: 'logo', maxFileSize: 1024 })
			expect(result.ok).toBe(false)
			if (result.ok) return
			expect(result.errors.logo?.[0]).toMatch(/melebihi batas/)
		}
	})

	it('reads an ordinary form too', async () => {
		const request = new Request('http://localhost/unggah', { method: 'POST', body: new URLSearchParams({ intent: 'simpan' }) })
		const result = await parseUpload(request, { field: 'logo', maxFileSize: 1024 })
		expect(result.ok && result.formData.get('intent')).toBe('simpan')
		expect(formatUkuran(5 * 1024 * 1024)).toBe('5 MB')
	})
})
