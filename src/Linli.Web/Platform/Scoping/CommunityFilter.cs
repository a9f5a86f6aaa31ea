using System.Linq.Expressions;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Scoping;

public static class CommunityFilter
{
    /// <summary>Adds "CommunityId is one of the caller's communities" to every entity that implements <see cref="ICommunityOwned"/>.</summary>
    public static void FilterCommunityOwned(this ModelBuilder builder, LinliDb db)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ICommunityOwned).IsAssignableFrom(e.ClrType)))
        {
            var method = typeof(CommunityFilter).GetMethod(nameof(Filter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(entity.ClrType);
            builder.Entity(entity.ClrType).HasQueryFilter((LambdaExpression)method.Invoke(null, [db])!);
        }
    }

    private static Expression<Func<T, bool>> Filter<T>(LinliDb db) where T : ICommunityOwned =>
        e => db.ScopeSeesAll || db.ScopeCommunityIds.Contains(e.CommunityId);
}
