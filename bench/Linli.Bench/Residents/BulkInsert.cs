using System.Data.Common;
using System.Globalization;
using System.Text;

/// <summary>
/// Multi-row INSERT statements of literal values, flushed every 500 rows: the same fast path on SQLite
/// and PostgreSQL for seeding a million rows. Only for generated benchmark data, never user input.
/// </summary>
internal sealed class BulkInsert(DbConnection connection, DbTransaction transaction, string table, string[] columns, bool postgres, params BulkInsert[] parents)
{
    private const int RowsPerStatement = 500;
    private readonly StringBuilder values = new();
    private int pending;

    public async Task AddAsync(params object?[] row)
    {
        values.Append(pending == 0 ? "(" : ",(");
        for (var i = 0; i < row.Length; i++) values.Append(i == 0 ? "" : ",").Append(Literal(row[i]));
        values.Append(')');
        if (++pending == RowsPerStatement) await FlushAsync();
    }

    public async Task FlushAsync()
    {
        if (pending == 0) return;
        // Rows that reference the parent's rows need them written first.
        foreach (var parent in parents) await parent.FlushAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(",", columns.Select(c => $"\"{c}\""))}) VALUES {values}";
        await command.ExecuteNonQueryAsync();
        values.Clear();
        pending = 0;
    }

    private string Literal(object? value) => value switch
    {
        null => "NULL",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        bool b => postgres ? (b ? "TRUE" : "FALSE") : (b ? "1" : "0"),
        decimal d => $"'{d.ToString("F2", CultureInfo.InvariantCulture)}'",
        DateOnly day => $"'{day:yyyy-MM-dd}'",
        DateTime time => postgres ? $"'{time:yyyy-MM-dd HH:mm:ss}+00'" : $"'{time:yyyy-MM-dd HH:mm:ss}'",
        _ => $"'{value.ToString()!.Replace("'", "''", StringComparison.Ordinal)}'",
    };
}
