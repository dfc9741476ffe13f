trigger OrderIntegrationEventTrigger on Order_Integration_Event__e(after insert) {
    OrderIntegrationEventHandler.handle(Trigger.new);
}
