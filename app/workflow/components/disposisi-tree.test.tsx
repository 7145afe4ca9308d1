import { createRemixStub } from '@remix-run/testing'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SimpulDisposisi } from '../disposisi.server'
import { DisposisiForm } from './disposisi-form'
import { DisposisiTree } from './disposisi-tree'

function render(node: ReactNode) {
	const Stub = createRemixStub([{ path: '/', Component: () => <>{node}</> }])
	return renderToString(<Stub />)
}

const waktu = new Date('2026-11-23T02:00:00Z')
function simpul(id: number, dari: number, ke: number, status: SimpulDisposisi['status'], anak: SimpulDisposisi[] = []): SimpulDisposisi {
	return {
		id,
		indukId: null,
		dari: { id: dari, nama: `Orang ${dari}`, jabatan: `Jabatan ${dari}` },
		ke: { id: ke, nama: `Orang ${ke}`, jabatan: null },
		atasNama: null,
		instruksi: ['tindak-lanjuti'],
		instruksiLabel: ['Tindak lanjuti'],
		catatan: 'Segera.',
		tenggat: '2026-11-30',
		terlambat: id === 3,
		status,
		laporan: null,
		createdAt: waktu,
		dibacaAt: status === 'belum-dibaca' ? null : waktu,
		ditindaklanjutiAt: null,
		selesaiAt: null,
		dibatalkanAt: null,
		version: 1,
		anak,
	}
}

const pohon = [simpul(1, 10, 20, 'dibaca', [simpul(2, 20, 30, 'belum-dibaca'), simpul(3, 20, 40, 'dibaca')])]

describe('disposisi tree', () => {
	it('shows statuses and the actions of the recipient', () => {
		const html = render(<DisposisiTree pohon={pohon} penggunaId={20} teruskanHref={(id) => `?teruskan=${id}`} />)
		expect(html).toContain('Orang 10')
		expect(html).toContain('Belum dibaca')
		expect(html).toContain('Lewat tenggat')
		expect(html).toContain('30 November 2026')
		// recipient of node 1: follow-up, finish, forward; sender of node 2 (unread): cancel
		expect(html).toContain('Tindak lanjuti</summary>')
		expect(html).toContain('Tandai selesai')
		expect(html).toContain('href="/?teruskan=1"')
		expect(html.match(/value="batalkan"/g)).toHaveLength(1)
		expect(html).not.toContain('Tandai dibaca')
	})

	it('shows nothing to do to an onlooker, and "Tandai dibaca" to an unread recipient', () => {
		expect(render(<DisposisiTree pohon={pohon} penggunaId={10} />)).not.toMatch(/name="intent"/)
		expect(render(<DisposisiTree pohon={pohon} penggunaId={30} />)).toContain('Tandai dibaca')
		expect(render(<DisposisiTree pohon={[]} penggunaId={30} />)).toContain('Belum ada disposisi.')
	})

	it('puts a laporan error next to its node with the text kept', () => {
		const result = { errors: { laporan: ['Laporan tindak lanjut wajib diisi.'] }, values: { intent: 'tindak-lanjut', id: '1', laporan: 'ketikan' } }
		const html = render(<DisposisiTree pohon={pohon} penggunaId={20} result={result} />)
		expect(html).toContain('Laporan tindak lanjut wajib diisi.')
		expect(html).toContain('ketikan</textarea>')
		expect(html).toContain('<details open=""><summary>Tindak lanjuti')
	})
})

describe('disposisi form', () => {
	const penerima = [
		{ unit: 'Sekretariat', pilihan: [{ value: 2, label: 'Sri Lestari — Sekretaris' }] },
		{ unit: 'Bidang Dafduk', pilihan: [{ value: 4, label: 'Agus — Kabid' }] },
	]
	it('keeps the choices and shows errors next to the fields', () => {
		const result = {
			errors: { kepada: ['Pilih sekurang-kurangnya satu penerima.'], tenggat: ['Tenggat tidak boleh sebelum hari ini.'] },
			values: { intent: 'teruskan', 'instruksi[]': ['arsipkan'], catatan: 'Catatan saya', tenggat: '2020-01-01', 'kepada[]': ['4'] },
		}
		const html = render(<DisposisiForm result={result} penerima={penerima} indukId={7} hariIni="2026-11-23" tenggatInduk="2026-12-01" />)
		expect(html).toContain('Pilih sekurang-kurangnya satu penerima.')
		expect(html).toContain('Tenggat tidak boleh sebelum hari ini.')
		expect(html).toContain('Catatan saya</textarea>')
		expect(html).toContain('value="2020-01-01"')
		expect(html).toMatch(/checked="" value="arsipkan"/)
		expect(html).toMatch(/checked="" value="4"/)
		expect(html).not.toMatch(/checked="" value="2"/)
		expect(html).toContain('name="indukId" value="7"')
		expect(html).toContain('min="2026-11-23"')
		expect(html).toContain('Sekretariat')
	})
})
