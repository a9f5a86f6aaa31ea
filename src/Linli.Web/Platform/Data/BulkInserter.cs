using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Inserts many new entities of one type inside the context's current transaction, and sets their
/// generated keys. Imports use it where SaveChanges costs 150 µs a row (it tracks every entity and,
/// on SQLite, re-prepares each statement of a batch). SQLite gets one prepared INSERT run per row
/// (in-process, so a call is cheap); PostgreSQL gets the same INSERT sent 500 at a time in a DbBatch
/// (one round trip). Columns, value converters (so sealed fields are encrypted exactly as SaveChanges
/// would) and the generated key all come from the EF model.
/// </summary>
public sealed class BulkInserter<T>(LinliDb db) where T : class
{
    private const int RowsPerBatch = 500;

    private readonly IEntityType entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");

    /// <summary>Inserts the entities in order; <paramref name="written"/> hears the running count every 500 rows.</summary>
    public async Task InsertAsync(IReadOnlyCollection<T> entities, CancellationToken cancellationToken, Action<int>? written = null)
    {
        var count = 0;
        if (entities.Count == 0) return;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var columns = entity.GetProperties().Where(p => p != key).ToArray();
        // Read each column's getter and converter once, not once per row.
        var values = columns.Select(Reader).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        string Text(Func<int, string> placeholder) =>
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => placeholder(i)))})" +
            (key is null ? "" : $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}");

        if (connection.CanCreateBatch)
        {
            var text = Text(i => $"${i + 1}");
            foreach (var chunk in entities.Chunk(RowsPerBatch))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var item in chunk)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = text;
                    foreach (var value in values)
                    {
                        var parameter = command.CreateParameter();
                        parameter.Value = value(item);
                        command.Parameters.Add(parameter);
                    }
                    batch.BatchCommands.Add(command);
                }
                if (key is null) await batch.ExecuteNonQueryAsync(cancellationToken);
                else
                {
                    await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                    foreach (var item in chunk)
                    {
                        await reader.ReadAsync(cancellationToken);
                        SetKey(key, item, reader.GetValue(0));
                        await reader.NextResultAsync(cancellationToken);
                    }
                }
                written?.Invoke(count += chunk.Length);
            }
            return;
        }

        await using var single = connection.CreateCommand();
        single.Transaction = transaction;
        var parameters = columns.Select((c, i) =>
        {
            var parameter = ((RelationalTypeMapping)c.GetRelationalTypeMapping()).CreateParameter(single, $"p{i}", null, c.IsNullable);
            single.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        single.CommandText = Text(i => sql.GenerateParameterNamePlaceholder($"p{i}"));
        await single.PrepareAsync(cancellationToken);
        foreach (var item in entities)
        {
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i](item);
            if (key is null) await single.ExecuteNonQueryAsync(cancellationToken);
            else SetKey(key, item, await single.ExecuteScalarAsync(cancellationToken));
            if (++count % RowsPerBatch == 0) written?.Invoke(count);
        }
    }

    /// <summary>Reads a column's value as the database stores it: through the property's converter (encryption, enums as text, UTC).</summary>
    private static Func<T, object> Reader(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = ((RelationalTypeMapping)property.GetRelationalTypeMapping()).Converter;
        return item =>
        {
            var value = getter.GetClrValue(item);
            return (converter is not null && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        };
    }

    private static void SetKey(IProperty key, T item, object? value)
    {
        var property = key.PropertyInfo ?? throw new InvalidOperationException("a generated key needs a CLR property");
        property.SetValue(item, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
    }
}
