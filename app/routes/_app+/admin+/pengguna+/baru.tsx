import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SelectField, SubmitButton, fieldProps } from '~/components/form'
import { PenggunaBaruSchema } from '~/modules/akses/pengguna.schema'
import { createPengguna, listPegawaiTanpaAkun, listPilihanPeran } from '~/modules/akses/pengguna.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Tambah pengguna — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'create:pengguna:any')
	const [pegawai, peran] = await Promise.all([listPegawaiTanpaAkun(), listPilihanPeran()])
	return { pegawai, peran }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'create:pengguna:any')
	const formData = await request.formData()
	const parsed = parseForm(PenggunaBaruSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createPengguna(parsed.data)
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	const tujuan = hasPermission(user.authority, 'update:pengguna:any') ? `/admin/pengguna/${result.id}` : '/admin/pengguna'
	return redirectWithFlash(tujuan, {
		jenis: 'sukses',
		pesan: `Akun ${parsed.data.username} dibuat. Pengguna wajib mengganti kata sandi saat pertama masuk.`,
	})
}

export default function TambahPengguna() {
	const { pegawai, peran } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const dipilih = result?.values['peran[]']
	return (
		<>
			<h1>Tambah pengguna</h1>
			<Form method="post" className="form card" noValidate>
				<FormError result={result} />
				<SelectField
					label="Pegawai"
					name="pegawaiId"
					options={pegawai}
					placeholder={pegawai.length ? 'Pilih pegawai' : 'Semua pegawai aktif sudah memiliki akun'}
					required
					hint="Hanya pegawai aktif yang belum memiliki akun."
					{...fieldProps(result, 'pegawaiId')}
				/>
				<InputField
					label="Username"
					name="username"
					required
					maxLength={60}
					autoComplete="off"
					hint="3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."
					{...fieldProps(result, 'username')}
				/>
				<InputField
					label="Kata sandi awal"
					name="sandiAwal"
					type="password"
					required
					autoComplete="new-password"
					hint="10 sampai 72 byte. Pengguna wajib menggantinya saat pertama masuk."
					error={result?.errors.sandiAwal?.[0]}
				/>
				<CheckboxGroup
					legend="Peran langsung"
					name="peran[]"
					options={peran.map((p) => ({ value: p.kode, label: p.nama, hint: p.deskripsi ?? undefined }))}
					checked={Array.isArray(dipilih) ? dipilih : []}
					error={result?.errors.peran?.[0]}
				/>
				<div className="actions">
					<SubmitButton intent="simpan">Simpan</SubmitButton>
					<Link to="/admin/pengguna" className="button button-sekunder">
						Batal
					</Link>
				</div>
			</Form>
		</>
	)
}
