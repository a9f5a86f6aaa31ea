using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Data;

/// <summary>LinliDb on SQLite; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteLinliDb(DbContextOptions<SqliteLinliDb> options, AccessScope scope, FieldEncryptor encryptor)
    : LinliDb(options, scope, encryptor);
