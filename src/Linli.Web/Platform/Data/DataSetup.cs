using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linli.Web.Platform.Data;

public static class DataSetup
{
    /// <summary>
    /// Registers LinliDb on the configured provider. Code asks for <see cref="LinliDb"/>; the
    /// provider-specific subclass behind it only decides which migrations apply.
    /// </summary>
    public static void AddLinliData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LinliOptions.Section).Get<LinliOptions>() ?? new LinliOptions();
        var dataDirectory = options.ResolveDataDirectory(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);
        var connectionString = builder.Configuration.GetConnectionString("Linli");
        var services = builder.Services;

        services.AddScoped<AccessScope>();
        services.AddSingleton(sp => new FieldEncryptor(FieldKeyRing.Load(builder.Configuration, dataDirectory,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<FieldEncryptor>())));

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Linli:Provider is Postgres but ConnectionStrings:Linli is not set.");
            services.AddDbContext<PostgresLinliDb>(o => Configure(o).UseNpgsql(connectionString,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations")).AddInterceptors(PoolResetOnOutage.Instance), optionsLifetime: OptionsLifetime);
            services.AddScoped<LinliDb>(sp => sp.GetRequiredService<PostgresLinliDb>());
        }
        else
        {
            connectionString ??= $"Data Source={Path.Combine(dataDirectory, "linli.db")}";
            // One of each per application: the gate orders all of this process's writers to the one file.
            var tuning = new SqliteTuning();
            var writeGate = new SqliteWriteGate();
            services.AddDbContext<SqliteLinliDb>(o => Configure(o).UseSqlite(connectionString,
                sqlite => sqlite.MigrationsHistoryTable("__ef_migrations")).AddInterceptors(tuning, writeGate), optionsLifetime: OptionsLifetime);
            services.AddScoped<LinliDb>(sp => sp.GetRequiredService<SqliteLinliDb>());
        }
        services.AddScoped<DatabaseInitializer>();
    }

    /// <summary>The options are the same for every request: built once, not again for each request's context.</summary>
    private const ServiceLifetime OptionsLifetime = ServiceLifetime.Singleton;

    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => options
        .ReplaceService<IModelCacheKeyFactory, LinliModelCacheKeyFactory>()
        .AddInterceptors(SaneValuesInterceptor.Instance)
        // Parameter values may hold personal data: never log them.
        .EnableSensitiveDataLogging(false);
}
