import { Form } from '@remix-run/react'
import { useId } from 'react'
import { SubmitButton, type ActionFailure } from '~/components/form'
import type { ActionBarProps, AksiBarItem } from '../subjek.server'

/**
 * What this user may do on the instance now, and nothing else: "Ambil" for an open task they may
 * claim, and for the task they hold one button per available action (with a reason box where the
 * action needs one) plus "Lepas". The route handles the intents with `tanganiIntentAlur`.
 */
/**
 * `alasanAwal`: a starting text for an action's reason, by action code (e.g. the missing berkas
 * for "kembalikan"); what the user typed after a refused submit wins.
 */
export function ActionBar({
	bar,
	result,
	action,
	alasanAwal,
}: {
	bar: ActionBarProps
	result?: ActionFailure | null
	action?: string
	alasanAwal?: Partial<Record<string, string>>
}) {
	if (!bar.dipegang && !bar.dapatDiambil) return null
	return (
		<section className="card" aria-labelledby="judul-tindakan">
			<h2 id="judul-tindakan" style={{ marginTop: 0 }}>
				Tindakan
			</h2>
			{bar.dipegang ? (
				<TugasDipegang bar={bar} dipegang={bar.dipegang} result={result} action={action} alasanAwal={alasanAwal} />
			) : bar.dapatDiambil ? (
				<Form method="post" action={action} className="actions">
					<input type="hidden" name="tugasId" value={bar.dapatDiambil.tugasId} />
					<span>
						Tugas ini terbuka untuk Anda
						{bar.dapatDiambil.pihakEksternal ? `: catat tindakan ${bar.dapatDiambil.pihakEksternal}` : ''}. Ambil dahulu sebelum
						mengerjakannya.
					</span>
					<SubmitButton intent="ambil">Ambil</SubmitButton>
				</Form>
			) : null}
		</section>
	)
}

function TugasDipegang({
	bar,
	dipegang,
	result,
	action,
	alasanAwal,
}: {
	bar: ActionBarProps
	dipegang: NonNullable<ActionBarProps['dipegang']>
	result?: ActionFailure | null
	action?: string
	alasanAwal?: Partial<Record<string, string>>
}) {
	const tanpaAlasan = dipegang.aksi.filter((a) => !a.wajibAlasan)
	const denganAlasan = dipegang.aksi.filter((a) => a.wajibAlasan)
	return (
		<>
			<p className="muted">
				Anda memegang tugas ini{dipegang.pihakEksternal ? ` dan mencatat tindakan ${dipegang.pihakEksternal}` : ''}. Pilih tindakan:
			</p>
			{dipegang.aksi.length === 0 ? <p>Belum ada tindakan yang syaratnya terpenuhi untuk langkah ini.</p> : null}
			{tanpaAlasan.length ? (
				<div className="actions" style={{ marginBottom: '1rem' }}>
					{tanpaAlasan.map((a) => (
						<Form method="post" action={action} key={`${a.kode}>${a.ke}`}>
							<FieldsAksi bar={bar} tugasId={dipegang.tugasId} aksi={a} />
							<SubmitButton intent="aksi">{a.label}</SubmitButton>
						</Form>
					))}
				</div>
			) : null}
			{denganAlasan.map((a) => (
				<FormAlasan key={`${a.kode}>${a.ke}`} bar={bar} tugasId={dipegang.tugasId} aksi={a} result={result} action={action} alasanAwal={alasanAwal?.[a.kode]} />
			))}
			<Form method="post" action={action}>
				<input type="hidden" name="tugasId" value={dipegang.tugasId} />
				<SubmitButton intent="lepas" className="button-sekunder">
					Lepas
				</SubmitButton>
			</Form>
		</>
	)
}

function FieldsAksi({ bar, tugasId, aksi }: { bar: ActionBarProps; tugasId: number; aksi: AksiBarItem }) {
	return (
		<>
			<input type="hidden" name="tugasId" value={tugasId} />
			<input type="hidden" name="aksiKode" value={aksi.kode} />
			<input type="hidden" name="ke" value={aksi.ke} />
			<input type="hidden" name="kunci" value={bar.kunci} />
			<input type="hidden" name="versi" value={bar.versi} />
		</>
	)
}

function FormAlasan({
	bar,
	tugasId,
	aksi,
	result,
	action,
	alasanAwal,
}: {
	bar: ActionBarProps
	tugasId: number
	aksi: AksiBarItem
	result?: ActionFailure | null
	action?: string
	alasanAwal?: string
}) {
	const id = useId()
	const milikIni = result?.values.intent === 'aksi' && result.values.aksiKode === aksi.kode && result.values.ke === aksi.ke
	const error = milikIni ? result?.errors.alasan?.[0] : undefined
	const typed = milikIni && typeof result?.values.alasan === 'string' ? result.values.alasan : undefined
	return (
		<Form method="post" action={action} className="form" style={{ marginBottom: '1rem' }}>
			<FieldsAksi bar={bar} tugasId={tugasId} aksi={aksi} />
			<div className="field">
				<label htmlFor={id}>Alasan untuk “{aksi.label}”</label>
				<textarea
					id={id}
					name="alasan"
					rows={3}
					required
					maxLength={2000}
					defaultValue={typed ?? alasanAwal}
					aria-invalid={error ? true : undefined}
					aria-describedby={error ? `${id}-galat` : undefined}
				/>
				{error ? (
					<span className="error" id={`${id}-galat`} role="alert">
						{error}
					</span>
				) : null}
			</div>
			<div>
				<SubmitButton intent="aksi" className="button-sekunder">
					{aksi.label}
				</SubmitButton>
			</div>
		</Form>
	)
}

/** Cancelling a running instance: by its initiator or an administrator, always with a reason. */
export function BatalkanAlur({ result, action }: { result?: ActionFailure | null; action?: string }) {
	const id = useId()
	const milikIni = result?.values.intent === 'batalkan'
	const error = milikIni ? result?.errors.alasan?.[0] : undefined
	return (
		<details className="card" open={Boolean(error)}>
			<summary>Batalkan alur ini</summary>
			<Form method="post" action={action} className="form" style={{ marginTop: '0.75rem' }}>
				<div className="field">
					<label htmlFor={id}>Alasan pembatalan</label>
					<textarea
						id={id}
						name="alasan"
						rows={3}
						required
						maxLength={2000}
						defaultValue={milikIni && typeof result?.values.alasan === 'string' ? result.values.alasan : undefined}
						aria-invalid={error ? true : undefined}
						aria-describedby={error ? `${id}-galat` : undefined}
					/>
					{error ? (
						<span className="error" id={`${id}-galat`} role="alert">
							{error}
						</span>
					) : null}
				</div>
				<div>
					<SubmitButton intent="batalkan" className="button-bahaya">
						Batalkan alur
					</SubmitButton>
				</div>
			</Form>
		</details>
	)
}
