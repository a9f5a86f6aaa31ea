using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Data;

/// <summary>LinliDb on PostgreSQL; owns the migrations under Migrations/Postgres.</summary>
public sealed class PostgresLinliDb(DbContextOptions<PostgresLinliDb> options, AccessScope scope, FieldEncryptor encryptor)
    : LinliDb(options, scope, encryptor);
