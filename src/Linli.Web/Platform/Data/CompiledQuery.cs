using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Linli.Web.Platform.Data;

/// <summary>
/// A query on a hot path (every request, every sign-up), translated once instead of on each call. EF binds a
/// compiled query to the one model it first ran against, and a process can hold several models (each host in
/// the tests has its own key ring, see <see cref="LinliModelCacheKeyFactory"/>; the benchmark runs SQLite, then
/// PostgreSQL), so this keeps one compiled copy per model.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];
    // Made once, so a call on the hot path allocates no callback.
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback create = _ => compile();

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, create);
}
