// The console's only script (ADR 0062), served from the jar like everything else on its pages:
// the orders page follows the order stream live; the projections page follows a replay's progress.
(function () {
    'use strict';

    // Every order event's type: the stream names each server-sent event by it (OrderStatusChange).
    var ORDER_EVENTS = ['OrderPlaced', 'OrderConfirmed', 'OrderShipped', 'OrderDelivered', 'OrderCancelled',
        'OrderReturned', 'OrderReviewRequested', 'OrderReviewApproved', 'OrderRejected', 'OrderShipmentRequested'];

    function cell(text, className) {
        var td = document.createElement('td');
        td.textContent = text;
        if (className) {
            td.className = className;
        }
        return td;
    }

    function orderRow(change) {
        var row = document.createElement('tr');
        row.setAttribute('data-order-id', change.orderId);
        var link = document.createElement('a');
        link.href = '/console/orders/' + encodeURIComponent(change.orderId);
        link.textContent = change.orderId;
        var first = document.createElement('td');
        first.appendChild(link);
        row.appendChild(first);
        row.appendChild(cell('', 'status'));
        var total = change.payload && change.payload.total;
        row.appendChild(cell(total ? total.amount + ' ' + total.currency : ''));
        row.appendChild(cell(change.occurredAt));
        row.appendChild(cell('', 'updated'));
        return row;
    }

    function followOrders(url) {
        var table = document.querySelector('#orders tbody');
        var state = document.getElementById('live-state');
        var source = new EventSource(url);
        source.onopen = function () {
            state.textContent = 'live';
            document.body.setAttribute('data-live', 'open');
        };
        source.onerror = function () {
            state.textContent = 'reconnecting…';
        };
        ORDER_EVENTS.forEach(function (type) {
            source.addEventListener(type, function (event) {
                var change = JSON.parse(event.data);
                var row = table.querySelector('tr[data-order-id="' + CSS.escape(change.orderId) + '"]');
                if (!row) {
                    row = orderRow(change);
                    table.insertBefore(row, table.firstChild);
                }
                if (change.status) {
                    row.querySelector('.status').textContent = change.status;
                }
                row.querySelector('.updated').textContent = change.occurredAt;
            });
        });
    }

    function followReplay(url) {
        var bar = document.getElementById('replay-bar');
        var text = document.getElementById('replay-progress');
        var source = new EventSource(url);
        function show(event) {
            var progress = JSON.parse(event.data);
            bar.max = Math.max(progress.eventsTotal, 1);
            bar.value = progress.eventsDone;
            text.setAttribute('data-state', progress.state);
            text.setAttribute('data-generation', progress.generation);
            text.textContent = 'generation ' + progress.generation + ' ' + progress.state + ': '
                + progress.eventsDone + ' of ' + progress.eventsTotal + ' events'
                + (progress.state === 'BUILDING' ? ', ' + Math.round(progress.eventsPerSecond) + ' a second'
                    + (progress.etaSeconds == null ? '' : ', about ' + Math.ceil(progress.etaSeconds) + ' s left') : '');
            if (progress.state === 'ACTIVE') {
                // The stream ends with this sample: no reconnect, which would start it over.
                source.close();
            }
        }
        source.addEventListener('BUILDING', show);
        source.addEventListener('ACTIVE', show);
    }

    var body = document.body;
    if (body.dataset.liveOrders) {
        followOrders(body.dataset.liveOrders);
    }
    if (body.dataset.replayProgress) {
        followReplay(body.dataset.replayProgress);
    }
})();
