import { Form, Link } from '@remix-run/react'
import { SubmitButton, TextareaField, type ActionFailure } from '~/components/form'
import { formatTanggal, formatWaktu } from '~/utils/format'
import { MAKS_LAPORAN, aksiDisposisi, labelStatusDisposisi } from '../disposisi.schema'
import type { Orang, SimpulDisposisi } from '../disposisi.server'

const KELAS_STATUS: Record<string, string> = {
	'belum-dibaca': 'badge badge-merah',
	dibaca: 'badge',
	ditindaklanjuti: 'badge',
	selesai: 'badge badge-hijau',
	dibatalkan: 'badge badge-abu',
}

export function StatusDisposisiBadge({ status }: { status: string }) {
	return <span className={KELAS_STATUS[status] ?? 'badge'}>{labelStatusDisposisi(status)}</span>
}

function NamaOrang({ orang }: { orang: Orang }) {
	return (
		<>
			<strong>{orang.nama}</strong>
			{orang.jabatan ? <span className="muted"> ({orang.jabatan})</span> : null}
		</>
	)
}

type Props = {
	pohon: SimpulDisposisi[]
	/** the signed-in user: decides which buttons each node shows */
	penggunaId: number
	/** the action's answer: a laporan error shows next to the node it belongs to */
	result?: ActionFailure | null
	/** where "Teruskan" leads for a node, e.g. `?teruskan=12#teruskan`; no button without it */
	teruskanHref?: (id: number) => string
	/** the node the page is about, marked in the tree */
	sorot?: number
	/** route the forms post to; default: the current route */
	action?: string
}

/**
 * A subject's disposisi as a nested list: who sent what to whom, the instructions, note,
 * deadline and status of each, and the actions the signed-in user may take on each node.
 */
export function DisposisiTree(props: Props) {
	if (props.pohon.length === 0) return <p className="muted">Belum ada disposisi.</p>
	return (
		<div className="tree">
			<ul>
				{props.pohon.map((s) => (
					<Simpul key={s.id} simpul={s} penggunaId={props.penggunaId} result={props.result} teruskanHref={props.teruskanHref} sorot={props.sorot} action={props.action} />
				))}
			</ul>
		</div>
	)
}

function Simpul({ simpul: s, penggunaId, result, teruskanHref, sorot, action }: Omit<Props, 'pohon'> & { simpul: SimpulDisposisi }) {
	const aksi = aksiDisposisi({ dariPenggunaId: s.dari.id, kePenggunaId: s.ke.id, status: s.status }, penggunaId)
	const gagal = result && result.values.id === String(s.id) ? result : null
	const galatLaporan = (intent: string) => (gagal?.values.intent === intent ? gagal.errors.laporan?.[0] : undefined)
	const laporanKetik = (intent: string) => {
		const v = gagal?.values.intent === intent ? gagal.values.laporan : undefined
		return typeof v === 'string' ? v : undefined
	}
	const tersembunyi = (
		<>
			<input type="hidden" name="id" value={s.id} />
			<input type="hidden" name="version" value={s.version} />
		</>
	)
	const waktu = [
		`Dikirim ${formatWaktu(s.createdAt)}`,
		s.dibacaAt ? `dibaca ${formatWaktu(s.dibacaAt)}` : null,
		s.ditindaklanjutiAt ? `ditindaklanjuti ${formatWaktu(s.ditindaklanjutiAt)}` : null,
		s.selesaiAt ? `selesai ${formatWaktu(s.selesaiAt)}` : null,
		s.dibatalkanAt ? `dibatalkan ${formatWaktu(s.dibatalkanAt)}` : null,
	].filter(Boolean)
	return (
		<li id={`disposisi-${s.id}`}>
			<div className={s.id === sorot ? 'card' : undefined} aria-current={s.id === sorot ? 'true' : undefined}>
				<div>
					<NamaOrang orang={s.dari} />
					{s.atasNama ? <span className="muted"> a.n. {s.atasNama}</span> : null} → <NamaOrang orang={s.ke} />{' '}
					<StatusDisposisiBadge status={s.status} />
					{s.terlambat ? <span className="badge badge-merah">Lewat tenggat</span> : null}
				</div>
				<div>
					{s.instruksiLabel.map((l) => (
						<span key={l} className="badge badge-abu">
							{l}
						</span>
					))}
					{s.tenggat ? <span className="muted">Tenggat {formatTanggal(s.tenggat)}</span> : null}
				</div>
				{s.catatan ? <p style={{ whiteSpace: 'pre-line', margin: '0.25rem 0' }}>Catatan: {s.catatan}</p> : null}
				{s.laporan ? <p style={{ whiteSpace: 'pre-line', margin: '0.25rem 0' }}>Laporan: {s.laporan}</p> : null}
				<div className="muted" style={{ fontSize: '0.85rem' }}>
					{waktu.join(', ')}
				</div>
				{aksi.baca || aksi.batalkan || (aksi.teruskan && teruskanHref) ? (
					<div className="actions">
						{aksi.baca ? (
							<Form method="post" action={action}>
								<input type="hidden" name="id" value={s.id} />
								<SubmitButton intent="baca" className="button-kecil">
									Tandai dibaca
								</SubmitButton>
							</Form>
						) : null}
						{aksi.teruskan && teruskanHref ? (
							<Link className="button button-kecil" to={teruskanHref(s.id)}>
								Teruskan
							</Link>
						) : null}
						{aksi.batalkan ? (
							<Form method="post" action={action} onSubmit={(e) => !confirm('Batalkan disposisi ini?') && e.preventDefault()}>
								{tersembunyi}
								<SubmitButton intent="batalkan" className="button-kecil button-bahaya">
									Batalkan
								</SubmitButton>
							</Form>
						) : null}
					</div>
				) : null}
				{aksi.tindakLanjut ? (
					<details open={gagal?.values.intent === 'tindak-lanjut'}>
						<summary>Tindak lanjuti</summary>
						<Form method="post" action={action} className="form" noValidate>
							{tersembunyi}
							<TextareaField
								label="Laporan tindak lanjut"
								name="laporan"
								required
								maxLength={MAKS_LAPORAN}
								error={galatLaporan('tindak-lanjut')}
								defaultValue={laporanKetik('tindak-lanjut')}
							/>
							<div className="actions">
								<SubmitButton intent="tindak-lanjut">Simpan laporan</SubmitButton>
							</div>
						</Form>
					</details>
				) : null}
				{aksi.selesai ? (
					<details open={gagal?.values.intent === 'selesai'}>
						<summary>Selesai</summary>
						<Form method="post" action={action} className="form" noValidate>
							{tersembunyi}
							<TextareaField
								label="Laporan akhir (boleh dikosongkan)"
								name="laporan"
								maxLength={MAKS_LAPORAN}
								error={galatLaporan('selesai')}
								defaultValue={laporanKetik('selesai')}
							/>
							<div className="actions">
								<SubmitButton intent="selesai">Tandai selesai</SubmitButton>
							</div>
						</Form>
					</details>
				) : null}
			</div>
			{s.anak.length ? (
				<ul>
					{s.anak.map((a) => (
						<Simpul key={a.id} simpul={a} penggunaId={penggunaId} result={result} teruskanHref={teruskanHref} sorot={sorot} action={action} />
					))}
				</ul>
			) : null}
		</li>
	)
}
