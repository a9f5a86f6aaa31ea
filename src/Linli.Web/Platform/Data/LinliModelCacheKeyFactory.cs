using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linli.Web.Platform.Data;

/// <summary>
/// The encrypting converters are part of the EF model, and EF caches one model per context type.
/// Keying the cache by the encryptor too means two hosts in one process (tests, tools) with
/// different key rings never share a model, and so never share keys.
/// </summary>
public sealed class LinliModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is LinliDb db ? (context.GetType(), db.Encryptor, designTime) : (context.GetType(), designTime);
}
