import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SubmitButton, TextareaField, fieldProps } from '~/components/form'
import { LABEL_CARA_EKSPEDISI, PenerimaanSchema } from '~/modules/persuratan/ekspedisi.schema'
import { BATAS_BUKTI, catatPenerimaan, getEkspedisi } from '~/modules/persuratan/ekspedisi.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatWaktu } from '~/utils/format'
import { formFailure, parseForm } from '~/utils/forms'
import { notFound, parseId } from '~/utils/http.server'
import { parseUpload } from '~/utils/upload.server'
import { alurErrorResponse } from '~/workflow/galat'

export const meta: MetaFunction = () => [{ title: 'Catat penerimaan surat — SIMADU' }]

const TIDAK_ADA = 'Catatan pengiriman tidak ditemukan.'

/** The caraka records who received a letter and when, with the scan or photo of the signed receipt. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:pengantaran:any')
	const baris = await getEkspedisi(parseId(params.id))
	if (!baris) throw notFound(TIDAK_ADA)
	const zonaWaktu = await getZonaWaktuKantor()
	// the field's starting value: now, in the office's zone, as a datetime-local writes it
	const sekarang = new Intl.DateTimeFormat('sv-SE', { timeZone: zonaWaktu, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date()).replace(' ', 'T')
	return { baris, zonaWaktu, sekarang }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:pengantaran:any')
	const id = parseId(params.id)
	const unggah = await parseUpload(request, { field: 'bukti', maxFileSize: BATAS_BUKTI })
	if (!unggah.ok) return data({ ok: false as const, errors: unggah.errors, values: {} }, { status: 400 })
	const formData = unggah.formData
	const parsed = parseForm(PenerimaanSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const berkas = formData.get('bukti')
	const bukti = berkas instanceof File && berkas.size > 0 ? { nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) } : null
	const hasil = await catatPenerimaan({ id, input: parsed.data, bukti }).catch((e: unknown) => {
		throw alurErrorResponse(e)
	})
	if (!hasil.ok) return data(formFailure(formData, 'errors' in hasil ? hasil.errors : { _form: [hasil.pesan] }), { status: 'errors' in hasil ? 400 : 409 })
	return redirectWithFlash('/surat-keluar/ekspedisi', { jenis: 'sukses', pesan: 'Penerimaan surat dicatat.' })
}

export default function CatatPenerimaan() {
	const { baris, zonaWaktu, sekarang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const waktu = fieldProps(result, 'diterimaAt')
	return (
		<>
			<p className="muted">
				<Link to="/surat-keluar/ekspedisi">‹ Buku ekspedisi</Link>
			</p>
			<h1>Catat penerimaan surat</h1>
			<dl className="detail card">
				<dt>Surat</dt>
				<dd>
					{baris.nomorSurat} <div className="muted">{baris.perihal}</div>
				</dd>
				<dt>Tujuan</dt>
				<dd>
					{baris.tujuan}
					{baris.alamat ? <div className="muted">{baris.alamat}</div> : null}
				</dd>
				<dt>Cara</dt>
				<dd>{LABEL_CARA_EKSPEDISI[baris.cara] ?? baris.cara}</dd>
				<dt>Dikirim</dt>
				<dd>
					{formatWaktu(baris.dikirimAt, zonaWaktu)} oleh {baris.dikirimOleh}
				</dd>
			</dl>
			{baris.status !== 'dikirim' ? (
				<p className="alert alert-info">
					Penerimaan sudah dicatat: {baris.diterimaOleh}
					{baris.diterimaAt ? `, ${formatWaktu(baris.diterimaAt, zonaWaktu)}` : ''}.
				</p>
			) : (
				<Form method="post" encType="multipart/form-data" className="form card" noValidate>
					<FormError result={result} />
					<input type="hidden" name="version" value={baris.version} />
					<InputField label="Diterima oleh" name="diterimaOleh" required maxLength={150} hint="Nama (dan jabatan) penerima." {...fieldProps(result, 'diterimaOleh')} />
					<InputField label="Waktu diterima" name="diterimaAt" type="datetime-local" required error={waktu.error} defaultValue={waktu.defaultValue ?? sekarang} />
					<InputField label="Bukti terima (tidak wajib)" name="bukti" type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" hint="Pindaian atau foto tanda terima yang ditandatangani; PDF, JPEG atau PNG, paling besar 5 MB." error={result?.errors.bukti?.[0]} />
					<TextareaField label="Catatan" name="catatan" rows={2} maxLength={500} {...fieldProps(result, 'catatan')} />
					<div>
						<SubmitButton intent="terima">Simpan penerimaan</SubmitButton>
					</div>
				</Form>
			)}
		</>
	)
}
