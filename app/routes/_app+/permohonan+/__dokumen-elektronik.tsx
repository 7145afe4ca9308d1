import { Form } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { FormError, InputField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import type { DokumenPermohonan } from '~/modules/layanan/dokumen-elektronik.server'
import { formatWaktu } from '~/utils/format'

/**
 * The request's electronic document on its page: the upload of SIAK's PDF (SIAK-entry and print
 * steps), the signing panel (step `tte`), and the document with its verification code.
 */

const milik = (result: ActionFailure | null, intent: string) => (result?.values.intent === intent ? result : null)

/** The operator uploads the PDF SIAK produced; it replaces an unsigned one. */
export function FormUnggahDokumen({ dokumen, nomorAwal, result }: { dokumen: DokumenPermohonan | null; nomorAwal: string | null; result: ActionFailure | null }) {
	const gagal = milik(result, 'unggah-dokumen')
	// a file over the limit fails before the form is read, with the error on the file field
	const galatBerkas = gagal?.errors.dokumen?.[0] ?? result?.errors.dokumen?.[0]
	const nomor = fieldProps(gagal, 'nomorDokumen')
	if (dokumen?.adaFinal) return null
	return (
		<section className="card" aria-labelledby="judul-unggah-dokumen">
			<h2 id="judul-unggah-dokumen" style={{ marginTop: 0 }}>
				Unggah dokumen dari SIAK (PDF)
			</h2>
			{dokumen?.adaDraf ? <p className="muted">Dokumen sudah diunggah. Unggahan baru menggantikannya selama belum ditandatangani.</p> : null}
			<Form method="post" encType="multipart/form-data" className="form">
				<InputField label="Berkas PDF" name="dokumen" type="file" accept="application/pdf,.pdf" required hint="PDF hasil SIAK, paling besar 5 MB." error={galatBerkas} />
				<InputField
					label="Nomor dokumen"
					name="nomorDokumen"
					maxLength={60}
					autoComplete="off"
					hint="Kosongkan untuk memakai nomor hasil SIAK."
					error={nomor.error}
					defaultValue={nomor.defaultValue ?? dokumen?.nomorDokumen ?? nomorAwal ?? ''}
				/>
				<div>
					<SubmitButton intent="unggah-dokumen">Unggah dokumen</SubmitButton>
				</div>
			</Form>
		</section>
	)
}

/**
 * Step `tte`: the Kadis (or Plt) signs through the TTE service, or records a wet signature and
 * stamp. The passphrase field is never refilled after an error.
 */
export function PanelTandaTangan({ dokumen, tteAktif, permohonanId, result }: { dokumen: DokumenPermohonan | null; tteAktif: boolean; permohonanId: number; result: ActionFailure | null }) {
	const gagal = milik(result, 'tandatangani-tte')
	// a refused passphrase is cleared from the field too, not only kept off the server's answer
	const formTte = useRef<HTMLFormElement>(null)
	useEffect(() => {
		const input = formTte.current?.elements.namedItem('passphrase')
		if (gagal && input instanceof HTMLInputElement) input.value = ''
	}, [gagal])
	return (
		<section className="card" aria-labelledby="judul-tanda-tangan" data-testid="panel-tanda-tangan">
			<h2 id="judul-tanda-tangan" style={{ marginTop: 0 }}>
				Tanda tangan dokumen
			</h2>
			{dokumen?.adaDraf ? (
				<p>
					Periksa dokumen sebelum menandatangani:{' '}
					<a href={`/permohonan/${permohonanId}/dokumen.pdf?versi=draf`} target="_blank" rel="noreferrer">
						{dokumen.jenisDokumen} (draf PDF)
					</a>
				</p>
			) : (
				<p className="muted">Belum ada PDF dari SIAK; penandatanganan elektronik memerlukannya.</p>
			)}
			<h3>Tandatangani secara elektronik</h3>
			{tteAktif ? (
				<Form ref={formTte} method="post" className="form" autoComplete="off">
					<FormError result={gagal} />
					<InputField label="NIK penandatangan" name="nik" inputMode="numeric" maxLength={16} required autoComplete="off" {...fieldProps(gagal, 'nik')} />
					<InputField
						label="Passphrase"
						name="passphrase"
						type="password"
						required
						autoComplete="off"
						hint="Passphrase sertifikat elektronik Anda; tidak disimpan oleh SIMADU."
						error={gagal?.errors.passphrase?.[0]}
					/>
					<div>
						<SubmitButton intent="tandatangani-tte">Tandatangani secara elektronik</SubmitButton>
					</div>
				</Form>
			) : (
				<p className="muted">Layanan TTE belum dikonfigurasi pada instalasi ini.</p>
			)}
			<h3>Tandatangani manual (basah dan stempel)</h3>
			<Form method="post" className="actions">
				<span>Bila layanan TTE tidak tersedia: dokumen cetak ditandatangani basah dan distempel; SIMADU mencatatnya sebagai tanda tangan manual.</span>
				<SubmitButton intent="tandatangani-manual">Tandatangani manual (basah dan stempel)</SubmitButton>
			</Form>
		</section>
	)
}

const LABEL_CARA: Record<string, string> = { tte: 'Tanda tangan elektronik', manual: 'Tanda tangan basah dan stempel' }

/** The issued document: how it was signed, its verification code and page, the file for staff. */
export function DokumenElektronikPermohonan({ daftar, permohonanId, zonaWaktu }: { daftar: DokumenPermohonan[]; permohonanId: number; zonaWaktu: string }) {
	if (daftar.length === 0) return null
	return (
		<section aria-labelledby="judul-dokumen-elektronik">
			<h2 id="judul-dokumen-elektronik">Dokumen elektronik</h2>
			{daftar.map((d) => (
				<dl key={d.id} className="detail card" data-testid="dokumen-elektronik">
					<dt>Dokumen</dt>
					<dd>
						{d.jenisDokumen}
						{d.nomorDokumen ? ` — ${d.nomorDokumen}` : ''}
					</dd>
					<dt>Tanda tangan</dt>
					<dd>
						{d.caraTandaTangan && d.ditandatanganiAt ? (
							<>
								{LABEL_CARA[d.caraTandaTangan]} oleh {d.penandatanganNama ?? '—'}
								{d.penandatanganJabatan ? `, ${d.penandatanganJabatan}` : ''} pada {formatWaktu(d.ditandatanganiAt, zonaWaktu)}
							</>
						) : (
							<span className="muted">Belum ditandatangani</span>
						)}
					</dd>
					<dt>Kode verifikasi</dt>
					<dd>
						<code>{d.kodeVerifikasi}</code>
						{d.ditandatanganiAt ? (
							<>
								{' '}
								·{' '}
								<a href={d.alamatVerifikasi} target="_blank" rel="noreferrer">
									Halaman verifikasi
								</a>
							</>
						) : null}
					</dd>
					{d.sha256Final ? (
						<>
							<dt>SHA-256</dt>
							<dd>
								<code style={{ wordBreak: 'break-all' }}>{d.sha256Final}</code>
							</dd>
						</>
					) : null}
					<dt>Berkas</dt>
					<dd>
						{d.adaFinal ? (
							<a href={`/permohonan/${permohonanId}/dokumen.pdf`}>Unduh dokumen terbit (PDF)</a>
						) : d.adaDraf ? (
							<a href={`/permohonan/${permohonanId}/dokumen.pdf?versi=draf`}>Unduh draf dari SIAK (PDF)</a>
						) : (
							<span className="muted">Tidak ada berkas elektronik</span>
						)}
					</dd>
				</dl>
			))}
		</section>
	)
}
