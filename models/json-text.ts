import { DataTypes, type ModelAttributeColumnOptions } from 'sequelize'

/**
 * A JSON value kept in a TEXT column. MariaDB's JSON is LONGTEXT underneath and comes back as a
 * string through the mysql dialect, so (de)serialising here behaves the same on both databases.
 */
export function jsonText<T>(
	attribute: string,
	fallback: T,
	allowNull = false,
): ModelAttributeColumnOptions {
	return {
		type: DataTypes.TEXT,
		allowNull,
		get(this: { getDataValue(key: string): unknown }) {
			const raw = this.getDataValue(attribute)
			if (raw === null || raw === undefined) return allowNull ? null : fallback
			return typeof raw === 'string' ? (JSON.parse(raw) as T) : (raw as T)
		},
		set(this: { setDataValue(key: string, value: unknown): void }, value: T | null) {
			this.setDataValue(attribute, value === null ? null : JSON.stringify(value))
		},
	}
}
