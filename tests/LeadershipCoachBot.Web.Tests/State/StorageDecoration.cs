using LeadershipCoachBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Web.Tests.State;

internal static class StorageDecoration
{
    /// <summary>Wraps the registered <see cref="IStorage"/> (whatever the host's settings chose) in <paramref name="decorate"/>.</summary>
    public static IServiceCollection DecorateStorage(this IServiceCollection services, Func<IStorage, IStorage> decorate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IStorage));
        services.Remove(registered);
        services.AddSingleton(sp => decorate(Resolve(registered, sp)));
        return services;
    }

    private static IStorage Resolve(ServiceDescriptor registered, IServiceProvider services) =>
        registered.ImplementationInstance as IStorage
        ?? registered.ImplementationFactory?.Invoke(services) as IStorage
        ?? (IStorage)ActivatorUtilities.CreateInstance(services, registered.ImplementationType
            ?? throw new InvalidOperationException("The IStorage registration has no instance, factory or type to wrap."));
}
