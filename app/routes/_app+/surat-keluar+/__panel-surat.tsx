import { Form, Link } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { CARA_EKSPEDISI, KELAS_STATUS_EKSPEDISI, LABEL_CARA_EKSPEDISI, LABEL_STATUS_EKSPEDISI } from '~/modules/persuratan/ekspedisi.schema'
import type { SuratKeluarDetail } from '~/modules/persuratan/surat-keluar.server'
import { formatWaktu } from '~/utils/format'

/**
 * The panels of an outgoing letter's page: the body as it will print, the signing panel, the
 * dispatch form with the letter's lines of the buku ekspedisi, the versions and the comments.
 */
const milik = (result: ActionFailure | null, intent: string) => (result?.values.intent === intent ? result : null)

/** The cleaned body (cleaned on save and again when loaded), shown as the letter reads. */
export function IsiSurat({ html }: { html: string }) {
	return <div className="card naskah-surat" style={{ lineHeight: 1.6 }} data-testid="isi-surat" dangerouslySetInnerHTML={{ __html: html }} />
}

/**
 * Step `tanda-tangan`: electronic signature when the TTE service is configured, otherwise (or
 * when the signer chooses) a wet signature and stamp. The number is issued as the letter is
 * signed; a number the tata usaha reserved for this letter may be chosen instead.
 */
export function PanelTandaTangan({ suratId, tteAktif, pilihanNomor, result }: { suratId: number; tteAktif: boolean; pilihanNomor: { value: number; label: string }[]; result: ActionFailure | null }) {
	const gagalTte = milik(result, 'tandatangani-tte')
	const formTte = useRef<HTMLFormElement>(null)
	useEffect(() => {
		const input = formTte.current?.elements.namedItem('passphrase')
		if (gagalTte && input instanceof HTMLInputElement) input.value = ''
	}, [gagalTte])
	return (
		<section className="card" aria-labelledby="judul-tanda-tangan" data-testid="panel-tanda-tangan">
			<h2 id="judul-tanda-tangan" style={{ marginTop: 0 }}>
				Tanda tangan surat
			</h2>
			<p>
				Periksa surat sebelum menandatangani:{' '}
				<a href={`/surat-keluar/${suratId}/surat.pdf`} target="_blank" rel="noreferrer">
					pratinjau PDF
				</a>
				. Nomor surat diterbitkan saat surat ditandatangani.
			</p>
			{tteAktif ? (
				<>
					<h3>Tandatangani secara elektronik (TTE)</h3>
					<Form ref={formTte} method="post" className="form" autoComplete="off">
						<FormError result={gagalTte} />
						<InputField label="NIK penandatangan" name="nik" inputMode="numeric" maxLength={16} required autoComplete="off" {...fieldProps(gagalTte, 'nik')} />
						<InputField label="Passphrase" name="passphrase" type="password" required autoComplete="off" hint="Passphrase sertifikat elektronik Anda; tidak disimpan oleh SIMADU." error={gagalTte?.errors.passphrase?.[0]} />
						<div>
							<SubmitButton intent="tandatangani-tte">Tandatangani secara elektronik</SubmitButton>
						</div>
					</Form>
				</>
			) : (
				<p className="muted">Layanan TTE belum dikonfigurasi pada instalasi ini; surat ditandatangani basah.</p>
			)}
			<h3>Tandatangani manual (basah dan stempel)</h3>
			<Form method="post" className="form">
				<FormError result={milik(result, 'tandatangani-manual')} />
				{pilihanNomor.length ? (
					<SelectField
						label="Nomor surat"
						name="nomorDipesanId"
						options={pilihanNomor}
						placeholder="Nomor berikutnya (otomatis)"
						hint="Pilih nomor yang sudah dipesan tata usaha untuk surat ini, bila ada."
						{...fieldProps(milik(result, 'tandatangani-manual'), 'nomorDipesanId')}
					/>
				) : null}
				<p className="muted" style={{ margin: 0 }}>
					Surat dicetak dengan nomornya, ditandatangani basah dan distempel; SIMADU mencatatnya sebagai tanda tangan manual.
				</p>
				<div>
					<SubmitButton intent="tandatangani-manual">Tandatangani manual (basah dan stempel)</SubmitButton>
				</div>
			</Form>
		</section>
	)
}

/** Step `kirim`: each dispatch of the signed letter goes into the buku ekspedisi. */
export function PanelKirim({ emailAktif, result }: { emailAktif: boolean; result: ActionFailure | null }) {
	const gagal = milik(result, 'kirim')
	const pilihan = CARA_EKSPEDISI.filter((c) => c.value !== 'email' || emailAktif)
	return (
		<section className="card" aria-labelledby="judul-kirim" data-testid="panel-kirim">
			<h2 id="judul-kirim" style={{ marginTop: 0 }}>
				Catat pengiriman
			</h2>
			<p className="muted">
				Bubuhkan stempel, lalu catat setiap pengiriman di buku ekspedisi.{' '}
				{emailAktif ? 'Pengiriman e-mail melampirkan PDF surat.' : 'Pengiriman e-mail belum dikonfigurasi pada instalasi ini.'}
			</p>
			<Form method="post" className="form" noValidate>
				<FormError result={gagal} />
				<div className="form-grid">
					<SelectField label="Cara pengiriman" name="cara" options={pilihan} required {...fieldProps(gagal, 'cara')} />
					<InputField label="Tujuan" name="tujuan" required maxLength={300} hint="Nama instansi atau pejabat penerima." {...fieldProps(gagal, 'tujuan')} />
					<InputField label="Alamat / e-mail" name="alamat" maxLength={300} hint="Wajib untuk pos (alamat) dan e-mail (alamat e-mail)." {...fieldProps(gagal, 'alamat')} />
					<InputField label="Nomor resi" name="nomorResi" maxLength={100} hint="Untuk pengiriman pos." {...fieldProps(gagal, 'nomorResi')} />
				</div>
				<TextareaField label="Catatan" name="catatan" rows={2} maxLength={500} {...fieldProps(gagal, 'catatan')} />
				<div>
					<SubmitButton intent="kirim">Catat pengiriman</SubmitButton>
				</div>
			</Form>
		</section>
	)
}

export function DaftarEkspedisiSurat({ ekspedisi, zonaWaktu, bolehCatatTerima }: { ekspedisi: SuratKeluarDetail['ekspedisi']; zonaWaktu: string; bolehCatatTerima: boolean }) {
	if (ekspedisi.length === 0) return null
	return (
		<section aria-labelledby="judul-ekspedisi">
			<h2 id="judul-ekspedisi">Pengiriman</h2>
			<div className="table-wrap">
				<table data-testid="ekspedisi-surat">
					<thead>
						<tr>
							<th scope="col">Dikirim</th>
							<th scope="col">Cara</th>
							<th scope="col">Tujuan</th>
							<th scope="col">Status</th>
							<th scope="col">Diterima</th>
						</tr>
					</thead>
					<tbody>
						{ekspedisi.map((e) => (
							<tr key={e.id}>
								<td>
									{formatWaktu(e.dikirimAt, zonaWaktu)}
									<div className="muted">{e.dikirimOleh}</div>
								</td>
								<td>
									{LABEL_CARA_EKSPEDISI[e.cara] ?? e.cara}
									{e.nomorResi ? <div className="muted">Resi {e.nomorResi}</div> : null}
								</td>
								<td>
									{e.tujuan}
									{e.alamat ? <div className="muted">{e.alamat}</div> : null}
								</td>
								<td>
									<span className={KELAS_STATUS_EKSPEDISI[e.status]}>{LABEL_STATUS_EKSPEDISI[e.status] ?? e.status}</span>
								</td>
								<td>
									{e.diterimaAt ? (
										<>
											{e.diterimaOleh}
											<div className="muted">{formatWaktu(e.diterimaAt, zonaWaktu)}</div>
										</>
									) : bolehCatatTerima && e.cara !== 'email' ? (
										<Link to={`/surat-keluar/ekspedisi/${e.id}`}>Catat penerimaan</Link>
									) : (
										<span className="muted">—</span>
									)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	)
}

export function DaftarVersi({ suratId, versi, revisiKe, zonaWaktu }: { suratId: number; versi: SuratKeluarDetail['versi']; revisiKe: number; zonaWaktu: string }) {
	return (
		<section aria-labelledby="judul-versi">
			<h2 id="judul-versi">Versi naskah</h2>
			<ol data-testid="daftar-versi">
				{versi.map((v) => (
					<li key={v.nomorVersi}>
						<Link to={`/surat-keluar/${suratId}/versi?lihat=${v.nomorVersi}`}>Versi {v.nomorVersi}</Link>
						{v.nomorVersi === revisiKe ? <span className="badge">terkini</span> : null} — {v.catatan ?? 'tanpa catatan'}{' '}
						<span className="muted">
							({v.oleh}, {formatWaktu(v.createdAt, zonaWaktu)})
						</span>
					</li>
				))}
			</ol>
			{versi.length > 1 ? (
				<Form method="get" action={`/surat-keluar/${suratId}/versi`} className="toolbar">
					<SelectField label="Bandingkan versi" name="dari" options={versi.map((v) => ({ value: v.nomorVersi, label: `Versi ${v.nomorVersi}` }))} defaultValue={versi.at(-2)!.nomorVersi} />
					<SelectField label="dengan versi" name="ke" options={versi.map((v) => ({ value: v.nomorVersi, label: `Versi ${v.nomorVersi}` }))} defaultValue={versi.at(-1)!.nomorVersi} />
					<button type="submit" className="button-sekunder">
						Bandingkan
					</button>
				</Form>
			) : null}
		</section>
	)
}

const NAMA_LANGKAH: Record<string, string> = { 'tanda-tangan': 'tanda tangan', revisi: 'revisi' }
const langkahTeks = (kode: string | null) => (kode ? (NAMA_LANGKAH[kode] ?? kode.replace('verifikasi-', 'verifikator ')) : null)

export function KomentarNaskah({ komentar, bolehKomentar, revisiKe, zonaWaktu, result }: { komentar: SuratKeluarDetail['komentar']; bolehKomentar: boolean; revisiKe: number; zonaWaktu: string; result: ActionFailure | null }) {
	const gagal = milik(result, 'komentar')
	const perVersi = [...new Set(komentar.map((k) => k.nomorVersi))].sort((a, b) => b - a)
	return (
		<section aria-labelledby="judul-komentar">
			<h2 id="judul-komentar">Komentar verifikasi</h2>
			{komentar.length === 0 ? <p className="muted">Belum ada komentar.</p> : null}
			{perVersi.map((n) => (
				<div key={n} className="card" data-testid={`komentar-versi-${n}`}>
					<h3 style={{ marginTop: 0 }}>Versi {n}</h3>
					<ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
						{komentar
							.filter((k) => k.nomorVersi === n)
							.map((k) => (
								<li key={k.id} style={{ marginBottom: '0.5rem' }}>
									<div style={{ whiteSpace: 'pre-wrap' }}>{k.isi}</div>
									<div className="muted" style={{ fontSize: '0.85rem' }}>
										{k.oleh}
										{k.langkah ? ` · ${langkahTeks(k.langkah)}` : ''} · {formatWaktu(k.createdAt, zonaWaktu)}
									</div>
								</li>
							))}
					</ul>
				</div>
			))}
			{bolehKomentar ? (
				<Form method="post" className="form card">
					<TextareaField label={`Komentar untuk versi ${revisiKe}`} name="isi" rows={3} maxLength={4000} required {...fieldProps(gagal, 'isi')} />
					<div>
						<SubmitButton intent="komentar" className="button-sekunder">
							Kirim komentar
						</SubmitButton>
					</div>
				</Form>
			) : null}
		</section>
	)
}
